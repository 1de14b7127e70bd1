using Ecommerce.Contracts;
using Ecommerce.Contracts.Events;
using Ecommerce.Ordering.Data;

namespace Ecommerce.Ordering.Tests.Infrastructure;

/// <summary>The other services' side of an order's life, played by the tests through Ordering's subscriptions.</summary>
public static class Scenario
{
    public const decimal UnitPrice = 12.50m;

    /// <summary>Inventory's answer to the order's orders.new: every line reserved at <see cref="UnitPrice"/>.</summary>
    public static async Task<StockReserved> StockReservedFor(OrderingHost host, Guid orderId)
    {
        var placed = (await host.Published.WaitForAsync(orderId, Topics.OrdersNew)).Data<OrderPlaced>();
        List<PricedLine> lines = [.. placed.Lines.Select(l => new PricedLine(l.ProductId, "Product " + l.ProductId, l.Quantity, UnitPrice))];
        return new StockReserved(orderId, lines, lines.Sum(l => l.LineTotal), DateTimeOffset.UtcNow);
    }

    /// <summary>Places an order and plays Inventory reserving it; returns once the workflow waits for shipment.</summary>
    public static async Task<OrderDetails> PlaceConfirmedOrderAsync(OrderingHost host, string customerEmail = "ada@example.com")
    {
        var orderId = await host.PlaceOrderAsync(customerEmail, ("SKU-1", 2), ("SKU-2", 1));
        var outcome = await host.DeliverAsync(Topics.InventoryStockReserved, await StockReservedFor(host, orderId));
        Assert.Equal("SUCCESS", outcome.Status);
        await host.Published.WaitForAsync(orderId, Topics.OrdersConfirmed);
        return await host.WaitForStatusAsync(orderId, OrderStatus.Confirmed);
    }

    public static OrderShipped ShippedFor(Guid orderId) => new(Guid.NewGuid(), orderId, DateTimeOffset.UtcNow);

    public static OrderCancelled RejectedBy(Guid orderId, string reason) =>
        new(orderId, reason, "SKU-1: 2 requested, 0 on hand", CustomerEmail: null, DateTimeOffset.UtcNow);
}
