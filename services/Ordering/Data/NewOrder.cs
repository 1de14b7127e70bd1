using Ecommerce.Contracts.Events;

namespace Ecommerce.Ordering.Data;

/// <summary>A validated order about to be stored, with the fingerprint of the request that placed it.</summary>
public sealed record NewOrder(
    Guid Id,
    string CustomerEmail,
    string ShippingAddress,
    IReadOnlyList<OrderLine> Lines,
    string? IdempotencyKey,
    string RequestHash,
    DateTimeOffset PlacedAt)
{
    /// <summary>The order as stored by its placement: Placed, lines not yet priced.</summary>
    public OrderDetails AsPlaced() => new(
        Id, OrderStatus.Placed, CustomerEmail, ShippingAddress,
        [.. Lines.Select(line => new OrderLineDetails(line.ProductId, line.Quantity, ProductName: null, UnitPrice: null))],
        Total: null, CancellationReason: null, PlacedAt, UpdatedAt: PlacedAt,
        [new TimelineEntry(OrderStatus.Placed, PlacedAt, Reason: null, Detail: null)]);
}
