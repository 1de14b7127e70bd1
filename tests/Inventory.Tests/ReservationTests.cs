using Ecommerce.Contracts;
using Ecommerce.Contracts.Events;
using Ecommerce.Inventory.Data;
using Ecommerce.TestSupport;
using Ecommerce.TestSupport.Dapr;

namespace Ecommerce.Inventory.Tests;

public sealed class ReservationTests(PostgresFixture postgres) : InventoryTest(postgres)
{
    [Fact]
    public async Task An_order_in_stock_is_reserved_and_priced_from_the_catalog()
    {
        var order = Orders.Placed(("sku-keyboard", 2), ("sku-mouse", 1));

        var outcome = await Daprd.DeliverAsync(Client, Topics.OrdersNew, order);

        Assert.Equal(Daprd.Success, outcome.Outcome);
        var published = Assert.Single(App.Dapr.Published);
        Assert.Equal(Topics.InventoryStockReserved, published.Topic);
        Assert.Equal(DaprComponents.PubSub, published.PubsubName);
        Assert.Equal(order.OrderId.ToString(), published.Metadata["partitionKey"]);
        var reserved = App.Dapr.PublishedOn<StockReserved>(Topics.InventoryStockReserved).Single();
        Assert.Equal(order.OrderId, reserved.OrderId);
        Assert.Equal(
            [new PricedLine("sku-keyboard", "Mechanical keyboard", 2, 89.90m), new PricedLine("sku-mouse", "Wireless mouse", 1, 24.99m)],
            reserved.Lines);
        Assert.Equal(204.79m, reserved.Total);
        Assert.Equal(98, await Database.StockOnHandAsync("sku-keyboard"));
        Assert.Equal(199, await Database.StockOnHandAsync("sku-mouse"));
        Assert.Equal(2, await Database.ReservationRowsAsync(order.OrderId, ReservationStatus.Reserved));
    }

    [Fact]
    public async Task A_product_named_on_two_lines_is_reserved_once_for_the_sum()
    {
        var order = Orders.Placed(("sku-webcam", 2), ("sku-webcam", 3));

        await Daprd.DeliverAsync(Client, Topics.OrdersNew, order);

        var reserved = App.Dapr.PublishedOn<StockReserved>(Topics.InventoryStockReserved).Single();
        Assert.Equal([new PricedLine("sku-webcam", "1080p webcam", 5, 44.95m)], reserved.Lines);
        Assert.Equal(35, await Database.StockOnHandAsync("sku-webcam"));
    }

    [Fact]
    public async Task One_short_line_cancels_the_order_and_reserves_nothing()
    {
        var order = Orders.Placed(("sku-keyboard", 1), ("sku-monitor", 26));

        var outcome = await Daprd.DeliverAsync(Client, Topics.OrdersNew, order);

        Assert.Equal(Daprd.Success, outcome.Outcome);
        var cancelled = App.Dapr.PublishedOn<OrderCancelled>(Topics.OrdersCancelled).Single();
        Assert.Equal(order.OrderId, cancelled.OrderId);
        Assert.Equal(CancellationReasons.InsufficientStock, cancelled.Reason);
        Assert.Null(cancelled.CustomerEmail);
        Assert.Contains("sku-monitor", cancelled.Detail);
        Assert.Empty(App.Dapr.PublishedOn<StockReserved>(Topics.InventoryStockReserved));
        Assert.Equal(100, await Database.StockOnHandAsync("sku-keyboard"));
        Assert.Equal(25, await Database.StockOnHandAsync("sku-monitor"));
        Assert.Equal(0, await Database.ReservationRowsAsync(order.OrderId, ReservationStatus.Reserved));
    }

    [Fact]
    public async Task An_unknown_product_cancels_the_order_and_reserves_nothing()
    {
        var order = Orders.Placed(("sku-keyboard", 1), ("sku-unicorn", 1));

        var outcome = await Daprd.DeliverAsync(Client, Topics.OrdersNew, order);

        Assert.Equal(Daprd.Success, outcome.Outcome);
        var cancelled = App.Dapr.PublishedOn<OrderCancelled>(Topics.OrdersCancelled).Single();
        Assert.Equal(CancellationReasons.UnknownProduct, cancelled.Reason);
        Assert.Contains("sku-unicorn", cancelled.Detail);
        Assert.Null(cancelled.CustomerEmail);
        Assert.Equal(100, await Database.StockOnHandAsync("sku-keyboard"));
    }

    [Fact]
    public async Task A_quantity_beyond_any_stock_is_insufficient_stock_not_an_error()
    {
        var order = Orders.Placed(("sku-mouse", int.MaxValue), ("sku-mouse", int.MaxValue));

        var outcome = await Daprd.DeliverAsync(Client, Topics.OrdersNew, order);

        Assert.Equal(Daprd.Success, outcome.Outcome);
        Assert.Equal(CancellationReasons.InsufficientStock,
            App.Dapr.PublishedOn<OrderCancelled>(Topics.OrdersCancelled).Single().Reason);
        Assert.Equal(200, await Database.StockOnHandAsync("sku-mouse"));
    }

    [Fact]
    public async Task A_redelivered_order_publishes_the_same_reservation_and_takes_nothing_more()
    {
        var order = Orders.Placed(("sku-headset", 4));

        await Daprd.DeliverAsync(Client, Topics.OrdersNew, order);
        var again = await Daprd.DeliverAsync(Client, Topics.OrdersNew, order);

        Assert.Equal(Daprd.Success, again.Outcome);
        var answers = App.Dapr.PublishedOn<StockReserved>(Topics.InventoryStockReserved);
        Assert.Equal(2, answers.Count);
        Assert.Equal(answers[0].Lines, answers[1].Lines);
        Assert.Equal(answers[0].Total, answers[1].Total);
        Assert.Equal(answers[0].ReservedAt, answers[1].ReservedAt);
        Assert.Equal(56, await Database.StockOnHandAsync("sku-headset"));
    }

    [Fact]
    public async Task A_redelivered_rejected_order_is_rejected_again_even_after_a_restock()
    {
        var order = Orders.Placed(("sku-monitor", 30));
        await Daprd.DeliverAsync(Client, Topics.OrdersNew, order);
        await Database.AddProductAsync("sku-other", 1m, 1);
        await Client.PostAsync("/products/sku-monitor/restock",
            new StringContent("{\"quantity\":10}", System.Text.Encoding.UTF8, "application/json"));

        await Daprd.DeliverAsync(Client, Topics.OrdersNew, order);

        var answers = App.Dapr.PublishedOn<OrderCancelled>(Topics.OrdersCancelled);
        Assert.Equal(2, answers.Count);
        Assert.Equal(answers[0], answers[1]);
        Assert.Empty(App.Dapr.PublishedOn<StockReserved>(Topics.InventoryStockReserved));
        Assert.Equal(35, await Database.StockOnHandAsync("sku-monitor"));
    }

    [Fact]
    public async Task When_the_answer_cannot_be_published_the_redelivery_publishes_the_stored_one()
    {
        var order = Orders.Placed(("sku-usb-hub", 5));
        App.Dapr.Unavailable = true;

        var first = await Daprd.DeliverAsync(Client, Topics.OrdersNew, order);
        App.Dapr.Unavailable = false;
        var second = await Daprd.DeliverAsync(Client, Topics.OrdersNew, order);

        Assert.Equal(Daprd.Retry, first.Outcome);
        Assert.Equal(Daprd.Success, second.Outcome);
        Assert.Single(App.Dapr.PublishedOn<StockReserved>(Topics.InventoryStockReserved));
        Assert.Equal(145, await Database.StockOnHandAsync("sku-usb-hub"));
    }
}
