using Ecommerce.Contracts.Events;

namespace Ecommerce.Inventory.Tests;

/// <summary>Events as Ordering and Fulfillment publish them.</summary>
public static class Orders
{
    public static OrderPlaced Placed(params (string ProductId, int Quantity)[] lines) =>
        Placed(Guid.NewGuid(), lines);

    public static OrderPlaced Placed(Guid orderId, params (string ProductId, int Quantity)[] lines) =>
        new(orderId, "ada@example.com", lines.Select(l => new OrderLine(l.ProductId, l.Quantity)).ToList(), DateTimeOffset.UtcNow);

    public static StockReleased Released(Guid orderId, string reason = "CUSTOMER_CANCELLED") =>
        new(orderId, reason, DateTimeOffset.UtcNow);

    public static OrderShipped Shipped(Guid orderId) => new(Guid.NewGuid(), orderId, DateTimeOffset.UtcNow);
}
