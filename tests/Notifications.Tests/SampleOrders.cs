using Ecommerce.Contracts.Events;

namespace Ecommerce.Notifications.Tests;

/// <summary>Events as the other services publish them, for a fresh order and recipient each time.</summary>
public static class SampleOrders
{
    public static string NewRecipient() => $"customer-{Guid.NewGuid():N}@example.com";

    public static OrderConfirmed Confirmed(string recipient, Guid? orderId = null) => new(
        orderId ?? Guid.NewGuid(),
        recipient,
        "1 Harbour Street, Portsmouth",
        [
            new PricedLine("sku-mug", "Blue Mug", 2, 12.50m),
            new PricedLine("sku-tea", "Earl Grey Tea", 3, 4.10m),
        ],
        37.30m,
        DateTimeOffset.UtcNow);

    public static OrderShipped Shipped(Guid orderId) => new(Guid.NewGuid(), orderId, DateTimeOffset.UtcNow);

    public static OrderCancelled Cancelled(Guid orderId, string reason, string? recipient) =>
        new(orderId, reason, Detail: null, recipient, DateTimeOffset.UtcNow);
}
