namespace Ecommerce.Ordering;

/// <summary>Settings under "Ordering" (environment: Ordering__ReservationTimeout=00:00:30).</summary>
public sealed class OrderingOptions
{
    public const string Section = "Ordering";

    /// <summary>How long an order waits for Inventory's answer before it is cancelled (RESERVATION_TIMEOUT).</summary>
    public TimeSpan ReservationTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The deadline of each call to the workflow runtime (start, raise event) made by the API and subscriptions.</summary>
    public TimeSpan WorkflowCallTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
