using Ecommerce.Contracts;
using Ecommerce.Contracts.Events;
using Ecommerce.TestSupport;
using Ecommerce.TestSupport.Dapr;

namespace Ecommerce.Inventory.Tests;

public sealed class ConcurrencyTests(PostgresFixture postgres) : InventoryTest(postgres)
{
    [Fact]
    public async Task Two_hundred_concurrent_one_unit_orders_for_fifty_on_hand_reserve_exactly_fifty()
    {
        await Database.AddProductAsync("sku-drop", 12.50m, 50);
        var orders = Enumerable.Range(0, 200).Select(_ => Orders.Placed(("sku-drop", 1))).ToList();

        var outcomes = await Task.WhenAll(orders.Select(order => Daprd.DeliverAsync(Client, Topics.OrdersNew, order)));

        Assert.All(outcomes, outcome => Assert.Equal(Daprd.Success, outcome.Outcome));
        var reserved = App.Dapr.PublishedOn<StockReserved>(Topics.InventoryStockReserved);
        var cancelled = App.Dapr.PublishedOn<OrderCancelled>(Topics.OrdersCancelled);
        Assert.Equal(50, reserved.Count);
        Assert.Equal(150, cancelled.Count);
        Assert.All(cancelled, c => Assert.Equal(CancellationReasons.InsufficientStock, c.Reason));
        Assert.Equal(200, reserved.Select(r => r.OrderId).Concat(cancelled.Select(c => c.OrderId)).Distinct().Count());
        Assert.Equal(0, await Database.StockOnHandAsync("sku-drop"));
        Assert.Equal(50, await Database.HeldUnitsAsync("sku-drop"));
    }

    [Fact]
    public async Task Concurrent_redeliveries_of_one_order_reserve_it_once()
    {
        var order = Orders.Placed(("sku-keyboard", 7));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Daprd.DeliverAsync(Client, Topics.OrdersNew, order)));

        Assert.All(outcomes, outcome => Assert.Equal(Daprd.Success, outcome.Outcome));
        Assert.Equal(10, App.Dapr.PublishedOn<StockReserved>(Topics.InventoryStockReserved).Count);
        Assert.Equal(93, await Database.StockOnHandAsync("sku-keyboard"));
    }
}
