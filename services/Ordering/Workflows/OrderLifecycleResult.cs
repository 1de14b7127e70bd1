namespace Ecommerce.Ordering.Workflows;

/// <summary>How an order's lifecycle ended: its final status and, when cancelled, why.</summary>
public sealed record OrderLifecycleResult(Guid OrderId, string Status, string? Reason = null);
