namespace Ecommerce.Ordering.Admission;

/// <summary>
/// The orders placed and not yet answered by Inventory: how many, how long the oldest has waited, and how many are
/// answered a second (measured over the last <see cref="AdmissionOptions.RateWindow"/>).
/// </summary>
public sealed record WaitingOrders(int Count, TimeSpan OldestAge, double AnsweredPerSecond)
{
    /// <summary>
    /// How long an order placed now would wait for its answer: the queue ahead of it at the rate the queue drains
    /// (Little's law). When nothing was answered lately the rate is unknown, and the oldest order's wait stands in:
    /// an idle shop's first order waits no time, a stalled pipeline's oldest order waits on.
    /// </summary>
    public TimeSpan ExpectedWait =>
        AnsweredPerSecond > 0 ? TimeSpan.FromSeconds(Count / AnsweredPerSecond) : OldestAge;

    /// <summary>
    /// Whether a new order would wait longer than <paramref name="limit"/>. The expected wait decides, so the door
    /// reopens as soon as the queue is short enough again, not only once its oldest order has left (the queue
    /// would run dry first and the pipeline idle). It counts only while orders already wait half the limit: a rate
    /// read from a handful of answers (a quiet shop, then a few customers at once) is too rough to refuse on.
    /// </summary>
    public bool WaitLongerThan(TimeSpan limit) => OldestAge > limit / 2 && ExpectedWait > limit;
}
