namespace Ecommerce.Ordering;

/// <summary>Settings under "Ordering" (environment: Ordering__ReservationTimeout=00:00:30).</summary>
public sealed class OrderingOptions
{
    public const string Section = "Ordering";

    /// <summary>How long an order waits for Inventory's answer before it is cancelled (RESERVATION_TIMEOUT).</summary>
    public TimeSpan ReservationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The deadline of each call to the workflow runtime (start, raise event) made by the API and subscriptions.</summary>
    public TimeSpan WorkflowCallTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// An order still Placed this long after placement may have been stored without its workflow (the process died in
    /// between): <see cref="Workflows.UnstartedOrderSweep"/> starts one. Default: twice the reservation timeout, after
    /// which any started lifecycle has left Placed.
    /// </summary>
    public TimeSpan? UnstartedOrderAfter { get; set; }

    /// <summary>How often <see cref="Workflows.UnstartedOrderSweep"/> looks.</summary>
    public TimeSpan UnstartedOrderSweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long the workflow worker keeps a running order's history after its last turn, and how many bytes of such
    /// histories it keeps at most (least recently used go first). The worker caches histories so a sidecar may send
    /// only a turn's new events; an order runs until it ships, days later, so an unbounded cache grows with every open
    /// order. A miss costs one GetInstanceHistory call, never correctness.
    /// </summary>
    public TimeSpan WorkflowHistoryCacheTtl { get; set; } = TimeSpan.FromMinutes(1);

    /// <inheritdoc cref="WorkflowHistoryCacheTtl"/>
    public long WorkflowHistoryCacheMaxBytes { get; set; } = 16 * 1024 * 1024;
}
