using Ecommerce.Contracts;
using Ecommerce.Contracts.Events;
using Ecommerce.Inventory.Data;
using Ecommerce.TestSupport;
using Ecommerce.TestSupport.Dapr;

namespace Ecommerce.Inventory.Tests;

public sealed class ReleaseAndCommitTests(PostgresFixture postgres) : InventoryTest(postgres)
{
    [Fact]
    public async Task A_release_gives_the_held_units_back()
    {
        var order = Orders.Placed(("sku-keyboard", 3), ("sku-webcam", 1));
        await Daprd.DeliverAsync(Client, Topics.OrdersNew, order);

        var outcome = await Daprd.DeliverAsync(Client, Topics.InventoryStockReleased, Orders.Released(order.OrderId));

        Assert.Equal(Daprd.Success, outcome.Outcome);
        Assert.Equal(100, await Database.StockOnHandAsync("sku-keyboard"));
        Assert.Equal(40, await Database.StockOnHandAsync("sku-webcam"));
        Assert.Equal(ReservationStatus.Released, await Database.OutcomeOfAsync(order.OrderId));
        Assert.Equal(2, await Database.ReservationRowsAsync(order.OrderId, ReservationStatus.Released));
        Assert.Equal(0, await Database.HeldUnitsAsync("sku-keyboard"));
    }

    [Fact]
    public async Task A_redelivered_release_gives_back_only_once()
    {
        var order = Orders.Placed(("sku-keyboard", 3));
        await Daprd.DeliverAsync(Client, Topics.OrdersNew, order);

        await Daprd.DeliverAsync(Client, Topics.InventoryStockReleased, Orders.Released(order.OrderId));
        var again = await Daprd.DeliverAsync(Client, Topics.InventoryStockReleased, Orders.Released(order.OrderId));

        Assert.Equal(Daprd.Success, again.Outcome);
        Assert.Equal(100, await Database.StockOnHandAsync("sku-keyboard"));
    }

    [Fact]
    public async Task A_release_that_overtakes_its_order_stops_the_late_order_from_reserving()
    {
        var order = Orders.Placed(("sku-limited-edition", 2));

        var released = await Daprd.DeliverAsync(Client, Topics.InventoryStockReleased,
            Orders.Released(order.OrderId, CancellationReasons.ReservationTimeout));
        var late = await Daprd.DeliverAsync(Client, Topics.OrdersNew, order);

        Assert.Equal(Daprd.Success, released.Outcome);
        Assert.Equal(Daprd.Success, late.Outcome);
        Assert.Empty(App.Dapr.Published);
        Assert.Equal(50, await Database.StockOnHandAsync("sku-limited-edition"));
        Assert.Equal(ReservationStatus.Released, await Database.OutcomeOfAsync(order.OrderId));
    }

    [Fact]
    public async Task A_release_of_a_rejected_order_changes_nothing()
    {
        var order = Orders.Placed(("sku-monitor", 99));
        await Daprd.DeliverAsync(Client, Topics.OrdersNew, order);

        var outcome = await Daprd.DeliverAsync(Client, Topics.InventoryStockReleased, Orders.Released(order.OrderId));

        Assert.Equal(Daprd.Success, outcome.Outcome);
        Assert.Equal(25, await Database.StockOnHandAsync("sku-monitor"));
        Assert.Equal(ReservationStatus.Rejected, await Database.OutcomeOfAsync(order.OrderId));
    }

    [Fact]
    public async Task A_shipment_commits_the_reservation_and_the_units_stay_gone()
    {
        var order = Orders.Placed(("sku-headset", 2));
        await Daprd.DeliverAsync(Client, Topics.OrdersNew, order);

        var shipped = await Daprd.DeliverAsync(Client, Topics.FulfillmentOrderShipped, Orders.Shipped(order.OrderId));
        var lateRelease = await Daprd.DeliverAsync(Client, Topics.InventoryStockReleased, Orders.Released(order.OrderId));

        Assert.Equal(Daprd.Success, shipped.Outcome);
        Assert.Equal(Daprd.Success, lateRelease.Outcome);
        Assert.Equal(58, await Database.StockOnHandAsync("sku-headset"));
        Assert.Equal(ReservationStatus.Committed, await Database.OutcomeOfAsync(order.OrderId));
        Assert.Equal(1, await Database.ReservationRowsAsync(order.OrderId, ReservationStatus.Committed));
        Assert.Equal(0, await Database.HeldUnitsAsync("sku-headset"));
    }

    [Fact]
    public async Task A_redelivered_shipment_changes_nothing_and_a_redelivered_order_is_not_answered_again()
    {
        var order = Orders.Placed(("sku-headset", 2));
        await Daprd.DeliverAsync(Client, Topics.OrdersNew, order);
        await Daprd.DeliverAsync(Client, Topics.FulfillmentOrderShipped, Orders.Shipped(order.OrderId));

        var again = await Daprd.DeliverAsync(Client, Topics.FulfillmentOrderShipped, Orders.Shipped(order.OrderId));
        var orderAgain = await Daprd.DeliverAsync(Client, Topics.OrdersNew, order);

        Assert.Equal(Daprd.Success, again.Outcome);
        Assert.Equal(Daprd.Success, orderAgain.Outcome);
        Assert.Single(App.Dapr.PublishedOn<StockReserved>(Topics.InventoryStockReserved));
        Assert.Equal(58, await Database.StockOnHandAsync("sku-headset"));
        Assert.Equal(ReservationStatus.Committed, await Database.OutcomeOfAsync(order.OrderId));
    }

    [Fact]
    public async Task A_shipment_of_a_released_order_keeps_the_stock_that_was_given_back()
    {
        var order = Orders.Placed(("sku-headset", 2));
        await Daprd.DeliverAsync(Client, Topics.OrdersNew, order);
        await Daprd.DeliverAsync(Client, Topics.InventoryStockReleased, Orders.Released(order.OrderId));

        var outcome = await Daprd.DeliverAsync(Client, Topics.FulfillmentOrderShipped, Orders.Shipped(order.OrderId));

        Assert.Equal(Daprd.Success, outcome.Outcome);
        Assert.Equal(60, await Database.StockOnHandAsync("sku-headset"));
        Assert.Equal(ReservationStatus.Released, await Database.OutcomeOfAsync(order.OrderId));
    }

    [Fact]
    public async Task A_shipment_of_an_order_never_reserved_is_dead_lettered()
    {
        var outcome = await Daprd.DeliverAsync(Client, Topics.FulfillmentOrderShipped, Orders.Shipped(Guid.NewGuid()));

        Assert.Equal(Daprd.Drop, outcome.Outcome);
    }
}
