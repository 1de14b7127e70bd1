using System.Text.Json;
using Ecommerce.Contracts;
using Ecommerce.TestSupport;
using Ecommerce.TestSupport.Dapr;

namespace Ecommerce.Inventory.Tests;

/// <summary>daprd's app contract: discovery, CloudEvent delivery, and the SUCCESS / RETRY / DROP answers.</summary>
public sealed class SubscriptionContractTests(PostgresFixture postgres) : InventoryTest(postgres)
{
    private static readonly string[] Subscribed =
        [Topics.OrdersNew, Topics.InventoryStockReleased, Topics.FulfillmentOrderShipped];

    public static TheoryData<string> SubscribedTopics => new(Subscribed);

    [Fact]
    public async Task Dapr_subscribe_lists_exactly_the_inventory_topics_each_with_its_dead_letter_topic()
    {
        var subscriptions = await Daprd.SubscriptionsAsync(Client);

        Assert.Equal(
            Subscribed.Order(),
            subscriptions.Select(s => s.Topic).Order());
        Assert.All(subscriptions, s =>
        {
            Assert.Equal(DaprComponents.PubSub, s.PubsubName);
            Assert.Equal(Topics.DeadLetterOf(s.Topic), s.DeadLetterTopic);
            Assert.Equal("events/" + s.Topic, s.Route);
        });
    }

    [Fact]
    public async Task Well_formed_events_are_answered_SUCCESS()
    {
        var order = Orders.Placed(("sku-mouse", 1));

        Assert.Equal(Daprd.Success, (await Daprd.DeliverAsync(Client, Topics.OrdersNew, order)).Outcome);
        Assert.Equal(Daprd.Success, (await Daprd.DeliverAsync(Client, Topics.FulfillmentOrderShipped, Orders.Shipped(order.OrderId))).Outcome);
        Assert.Equal(Daprd.Success, (await Daprd.DeliverAsync(Client, Topics.InventoryStockReleased, Orders.Released(order.OrderId))).Outcome);
    }

    [Theory]
    [MemberData(nameof(SubscribedTopics))]
    public async Task Events_are_answered_RETRY_while_the_database_is_away(string topic)
    {
        var orderId = Guid.NewGuid();
        await Database.SetAcceptingConnectionsAsync(false);
        try
        {
            var outcome = await Daprd.DeliverAsync(Client, topic, EventFor(topic, orderId));

            Assert.Equal(Daprd.Retry, outcome.Outcome);
        }
        finally
        {
            await Database.SetAcceptingConnectionsAsync(true);
        }
    }

    [Theory]
    [MemberData(nameof(SubscribedTopics))]
    public async Task Data_that_is_not_the_event_is_answered_DROP(string topic)
    {
        Assert.Equal(Daprd.Drop, (await Daprd.DeliverAsync(Client, topic, "not an event")).Outcome);
        Assert.Equal(Daprd.Drop, (await Daprd.DeliverAsync(Client, topic, new { orderId = (Guid?)null })).Outcome);
        Assert.Equal(Daprd.Drop, (await Daprd.DeliverAsync(Client, topic, JsonDocument.Parse("{\"orderId\": 42}").RootElement)).Outcome);
    }

    [Theory]
    [InlineData("{\"orderId\":\"6f9619ff-8b86-d011-b42d-00cf4fc964ff\",\"customerEmail\":\"a@b.c\",\"lines\":[]}")]
    [InlineData("{\"orderId\":\"6f9619ff-8b86-d011-b42d-00cf4fc964ff\",\"customerEmail\":\"a@b.c\",\"lines\":[{\"productId\":\"sku-mouse\",\"quantity\":0}]}")]
    [InlineData("{\"orderId\":\"6f9619ff-8b86-d011-b42d-00cf4fc964ff\",\"customerEmail\":\"a@b.c\",\"lines\":[{\"productId\":\" \",\"quantity\":1}]}")]
    [InlineData("{\"orderId\":\"6f9619ff-8b86-d011-b42d-00cf4fc964ff\",\"customerEmail\":\"a@b.c\",\"lines\":[null]}")]
    public async Task An_order_with_impossible_lines_is_answered_DROP(string data)
    {
        var outcome = await Daprd.DeliverAsync(Client, Topics.OrdersNew, JsonDocument.Parse(data).RootElement);

        Assert.Equal(Daprd.Drop, outcome.Outcome);
        Assert.Empty(App.Dapr.Published);
    }

    private static object EventFor(string topic, Guid orderId) => topic switch
    {
        Topics.OrdersNew => Orders.Placed(orderId, ("sku-mouse", 1)),
        Topics.InventoryStockReleased => Orders.Released(orderId),
        _ => Orders.Shipped(orderId),
    };
}
