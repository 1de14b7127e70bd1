namespace Ecommerce.Ordering.Workflows;

/// <summary>The customer asked to cancel the order (POST /orders/{id}/cancel).</summary>
public sealed record CancelRequested(Guid OrderId, DateTimeOffset RequestedAt);
