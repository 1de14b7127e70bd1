using Ecommerce.Contracts;
using Ecommerce.Contracts.Events;
using Ecommerce.Fulfillment.Data;
using Ecommerce.TestSupport.Dapr;

namespace Ecommerce.Fulfillment.Tests;

public sealed class OrderConfirmedTests : FulfillmentTest
{
    [Fact]
    public async Task A_confirmed_order_opens_a_processing_fulfilment_and_announces_it()
    {
        var confirmed = Confirmed();

        var outcome = await Daprd.DeliverAsync(Client, Topics.OrdersConfirmed, confirmed);

        Assert.Equal(Daprd.Success, outcome.Outcome);
        var id = FulfillmentIds.For(confirmed.OrderId);
        var stored = Stored(id);
        Assert.NotNull(stored);
        Assert.Equal(FulfillmentStatus.Processing, stored.Status);
        Assert.Equal(confirmed.OrderId, stored.OrderId);
        Assert.Equal(confirmed.ShippingAddress, stored.ShippingAddress);
        Assert.Equal(confirmed.Lines, stored.Lines);
        Assert.Null(stored.ShippedAt);
        Assert.Equal([id], Index());
        var published = Assert.Single(App.Dapr.Published);
        Assert.Equal(Topics.FulfillmentOrderReady, published.Topic);
        Assert.Equal(confirmed.OrderId.ToString(), published.Metadata["partitionKey"]);
        var ready = App.Dapr.PublishedOn<FulfillmentReady>(Topics.FulfillmentOrderReady).Single();
        Assert.Equal(new FulfillmentReady(id, confirmed.OrderId, stored.CreatedAt), ready);
    }

    [Fact]
    public async Task A_redelivered_confirmation_keeps_one_fulfilment_and_announces_the_same_one()
    {
        var confirmed = Confirmed();

        await Daprd.DeliverAsync(Client, Topics.OrdersConfirmed, confirmed);
        var firstCreatedAt = Stored(FulfillmentIds.For(confirmed.OrderId))!.CreatedAt;
        var again = await Daprd.DeliverAsync(Client, Topics.OrdersConfirmed, confirmed);

        Assert.Equal(Daprd.Success, again.Outcome);
        Assert.Single(Index());
        Assert.Equal(firstCreatedAt, Stored(FulfillmentIds.For(confirmed.OrderId))!.CreatedAt);
        var announcements = App.Dapr.PublishedOn<FulfillmentReady>(Topics.FulfillmentOrderReady);
        Assert.Equal(2, announcements.Count);
        Assert.Equal(announcements[0], announcements[1]);
    }

    [Fact]
    public async Task A_confirmation_redelivered_after_shipping_neither_reopens_nor_announces()
    {
        var orderId = Guid.NewGuid();
        var id = await ConfirmAsync(orderId);
        await Client.PostAsync($"/fulfillments/{id}/ship", null);

        var again = await Daprd.DeliverAsync(Client, Topics.OrdersConfirmed, Confirmed(orderId));

        Assert.Equal(Daprd.Success, again.Outcome);
        Assert.Equal(FulfillmentStatus.Shipped, Stored(id)!.Status);
        Assert.Single(App.Dapr.PublishedOn<FulfillmentReady>(Topics.FulfillmentOrderReady));
    }

    [Fact]
    public async Task Many_orders_confirmed_at_once_are_all_in_the_index()
    {
        var orders = Enumerable.Range(0, 40).Select(_ => Confirmed()).ToList();

        var outcomes = await Task.WhenAll(orders.Select(o => Daprd.DeliverAsync(Client, Topics.OrdersConfirmed, o)));

        Assert.All(outcomes, outcome => Assert.Equal(Daprd.Success, outcome.Outcome));
        Assert.Equal(
            orders.Select(o => FulfillmentIds.For(o.OrderId)).Order(),
            Index().Order());
    }

    [Fact]
    public async Task The_same_order_confirmed_concurrently_opens_one_fulfilment()
    {
        var confirmed = Confirmed();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 10)
            .Select(_ => Daprd.DeliverAsync(Client, Topics.OrdersConfirmed, confirmed)));

        Assert.All(outcomes, outcome => Assert.Equal(Daprd.Success, outcome.Outcome));
        Assert.Equal([FulfillmentIds.For(confirmed.OrderId)], Index());
        Assert.Single(App.Dapr.PublishedOn<FulfillmentReady>(Topics.FulfillmentOrderReady).Distinct());
    }

    [Fact]
    public void Fulfilment_ids_are_the_RFC_version_5_uuid_of_the_order_id()
    {
        var orderId = Guid.Parse("6f9619ff-8b86-d011-b42d-00cf4fc964ff");

        var id = FulfillmentIds.For(orderId);

        // Python: uuid.uuid5(uuid.UUID("4f0c2a6e-5d0b-4a56-9f5e-2f7d1c8e9b31"), "6f9619ff-8b86-d011-b42d-00cf4fc964ff")
        Assert.Equal(Guid.Parse("a0df0a92-2955-5623-a2a7-76f49e9528fc"), id);
        Assert.NotEqual(id, FulfillmentIds.For(Guid.NewGuid()));
    }
}
