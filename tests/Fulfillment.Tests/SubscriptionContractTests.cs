using System.Text.Json;
using Ecommerce.Contracts;
using Ecommerce.TestSupport.Dapr;

namespace Ecommerce.Fulfillment.Tests;

/// <summary>daprd's app contract: discovery, CloudEvent delivery, and the SUCCESS / RETRY / DROP answers.</summary>
public sealed class SubscriptionContractTests : FulfillmentTest
{
    [Fact]
    public async Task Dapr_subscribe_lists_only_orders_confirmed_with_its_dead_letter_topic()
    {
        var subscription = Assert.Single(await Daprd.SubscriptionsAsync(Client));

        Assert.Equal(Topics.OrdersConfirmed, subscription.Topic);
        Assert.Equal(DaprComponents.PubSub, subscription.PubsubName);
        Assert.Equal(Topics.DeadLetterOf(Topics.OrdersConfirmed), subscription.DeadLetterTopic);
        Assert.Equal("events/" + Topics.OrdersConfirmed, subscription.Route);
    }

    [Fact]
    public async Task A_confirmed_order_is_answered_SUCCESS()
    {
        Assert.Equal(Daprd.Success, (await Daprd.DeliverAsync(Client, Topics.OrdersConfirmed, Confirmed())).Outcome);
    }

    [Fact]
    public async Task A_confirmed_order_is_answered_RETRY_while_the_sidecar_is_away_and_nothing_is_announced()
    {
        App.Dapr.Unavailable = true;

        var outcome = await Daprd.DeliverAsync(Client, Topics.OrdersConfirmed, Confirmed());

        Assert.Equal(Daprd.Retry, outcome.Outcome);
        Assert.Empty(App.Dapr.Published);
    }

    [Theory]
    [InlineData("\"not an event\"")]
    [InlineData("{\"orderId\":null}")]
    [InlineData("{\"orderId\":42}")]
    [InlineData("{\"orderId\":\"6f9619ff-8b86-d011-b42d-00cf4fc964ff\",\"shippingAddress\":\"1 Row\",\"lines\":[]}")]
    [InlineData("{\"orderId\":\"6f9619ff-8b86-d011-b42d-00cf4fc964ff\",\"shippingAddress\":\"1 Row\",\"lines\":[null]}")]
    [InlineData("{\"orderId\":\"6f9619ff-8b86-d011-b42d-00cf4fc964ff\",\"shippingAddress\":\" \",\"lines\":[{\"productId\":\"sku-a\",\"name\":\"A\",\"quantity\":1,\"unitPrice\":1.5}]}")]
    public async Task Data_that_is_not_a_confirmed_order_is_answered_DROP(string data)
    {
        var outcome = await Daprd.DeliverAsync(Client, Topics.OrdersConfirmed, JsonDocument.Parse(data).RootElement);

        Assert.Equal(Daprd.Drop, outcome.Outcome);
        Assert.Empty(App.Dapr.Published);
    }
}
