namespace Ecommerce.Contracts.Events;

/// <summary>
/// orders.cancelled: published by Inventory when it cannot reserve (INSUFFICIENT_STOCK, UNKNOWN_PRODUCT) and by
/// Ordering when the order ends cancelled (customer, timeout). <see cref="CustomerEmail"/> is null from Inventory.
/// </summary>
public sealed record OrderCancelled(
    Guid OrderId,
    string Reason,
    string? Detail,
    string? CustomerEmail,
    DateTimeOffset CancelledAt) : IOrderEvent;
