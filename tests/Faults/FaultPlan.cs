using Ecommerce.Faults.Hosting;

namespace Ecommerce.Faults;

/// <summary>
/// One fault of the suite: how to inject it, hold it and end it (returning once the system is healthy again), and
/// what it may explain: the cancellation reasons an order may get because of it, and whether the broker loses
/// events (only a restart of the in-memory broker does), so mails of orders decided just before may never come.
/// </summary>
public sealed record FaultPlan(string Name, Func<FaultShop, CancellationToken, Task> InjectAsync)
{
    public IReadOnlySet<string> ExplainedCancellations { get; init; } = new HashSet<string>();

    public bool BrokerLosesEvents { get; init; }

    /// <summary>Dead letters this fault causes by design (e.g. mail refused past the retry budget): replayed by the run.</summary>
    public IReadOnlySet<string> ExplainedDeadLetterTopics { get; init; } = new HashSet<string>();
}
