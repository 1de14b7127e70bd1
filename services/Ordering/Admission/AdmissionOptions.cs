namespace Ecommerce.Ordering.Admission;

/// <summary>Settings under "Ordering:Admission" (environment: Ordering__Admission__MaxWaiting=5000).</summary>
public sealed class AdmissionOptions
{
    public const string Section = "Ordering:Admission";

    /// <summary>
    /// Placement is refused while an order placed now would wait longer than this for Inventory's answer (the
    /// queue at the rate it drains: <see cref="WaitingOrders.WaitLongerThan"/>). Default: a third of
    /// Ordering:ReservationTimeout, so an order accepted into a queue that long is still answered in time.
    /// </summary>
    public TimeSpan? MaxWaitingAge { get; set; }

    /// <summary>Placement is refused while this many orders wait for Inventory's answer.</summary>
    public int MaxWaiting { get; set; } = 5000;

    /// <summary>
    /// Placement is refused while this many placements are in progress in this process (stored and started, not yet
    /// answered). At the normal rate a handful are; past capacity they pile up behind the workflow runtime.
    /// </summary>
    public int MaxPlacing { get; set; } = 32;

    /// <summary>How far back the rate at which waiting orders are answered is measured.</summary>
    public TimeSpan RateWindow { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one reading of the queue is used before it is read again (one query per interval, not per request).</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromMilliseconds(250);
}
