namespace Ecommerce.Ordering.Workflows;

/// <summary>
/// Starts an order's lifecycle. The timeout travels in the input (not read from configuration by the workflow)
/// so a replay after a configuration change still takes the path it took the first time.
/// </summary>
public sealed record OrderLifecycleInput(Guid OrderId, TimeSpan ReservationTimeout);
