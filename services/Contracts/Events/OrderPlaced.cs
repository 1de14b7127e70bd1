namespace Ecommerce.Contracts.Events;

/// <summary>orders.new: an order was placed and needs its stock reserved.</summary>
public sealed record OrderPlaced(
    Guid OrderId,
    string CustomerEmail,
    IReadOnlyList<OrderLine> Lines,
    DateTimeOffset PlacedAt) : IOrderEvent;
