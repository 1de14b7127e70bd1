using System.Net;
using System.Text.Json;
using Ecommerce.Contracts;
using Ecommerce.Contracts.Events;
using Ecommerce.Ordering.Data;
using Ecommerce.Ordering.Tests.Infrastructure;
using Ecommerce.TestSupport.Dapr;

namespace Ecommerce.Ordering.Tests.Subscriptions;

/// <summary>daprd's app contract: discovery, CloudEvent delivery, and SUCCESS / RETRY / DROP answers.</summary>
[Collection(OrderingCollection.Name)]
public sealed class SubscriptionContractTests(OrderingFixture fixture)
{
    private static readonly string[] SubscribedTopics =
        [Topics.InventoryStockReserved, Topics.OrdersCancelled, Topics.FulfillmentOrderShipped];

    private OrderingHost Host => fixture.Standard;

    [Fact]
    public async Task DaprSubscribe_ListsExactlyTheThreeTopicsWithDeadLetterTopics()
    {
        using var json = JsonDocument.Parse(await Host.Client.GetStringAsync("/dapr/subscribe"));

        var subscriptions = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(SubscribedTopics.Order(), subscriptions.Select(s => s.GetProperty("topic").GetString()!).Order());
        Assert.All(subscriptions, s =>
        {
            var topic = s.GetProperty("topic").GetString()!;
            Assert.Equal(DaprComponents.PubSub, s.GetProperty("pubsubName").GetString());
            Assert.Equal(Topics.DeadLetterOf(topic), s.GetProperty("deadLetterTopic").GetString());
            Assert.Equal("events/" + topic, s.GetProperty("route").GetString());
        });
    }

    public static TheoryData<string> Topic => [.. SubscribedTopics];

    [Theory]
    [MemberData(nameof(Topic))]
    public async Task Delivery_ForAnUnknownOrder_IsAcknowledged(string topic)
    {
        object data = topic switch
        {
            Topics.InventoryStockReserved => new StockReserved(Guid.NewGuid(), [new PricedLine("A", "A", 1, 1m)], 1m, DateTimeOffset.UtcNow),
            Topics.OrdersCancelled => Scenario.RejectedBy(Guid.NewGuid(), CancellationReasons.InsufficientStock),
            _ => Scenario.ShippedFor(Guid.NewGuid()),
        };

        var outcome = await Host.DeliverAsync(topic, data);

        Assert.Equal(new DaprdAnswer(HttpStatusCode.OK, "SUCCESS"), outcome);
    }

    public static TheoryData<string, string> PoisonData => new()
    {
        { Topics.InventoryStockReserved, "\"just a string\"" },
        { Topics.InventoryStockReserved, """{"orderId":null,"lines":[],"total":0}""" },
        { Topics.InventoryStockReserved, """{"orderId":"7f0c1a40-3c47-4c0c-9b53-2f1f4f7a1c11"}""" },
        { Topics.OrdersCancelled, """{"orderId":"not-a-guid","reason":"INSUFFICIENT_STOCK"}""" },
        { Topics.OrdersCancelled, """{"orderId":"7f0c1a40-3c47-4c0c-9b53-2f1f4f7a1c11"}""" },
        { Topics.FulfillmentOrderShipped, "[1,2,3]" },
        { Topics.FulfillmentOrderShipped, """{"fulfillmentId":"7f0c1a40-3c47-4c0c-9b53-2f1f4f7a1c11"}""" },
    };

    [Theory]
    [MemberData(nameof(PoisonData))]
    public async Task Delivery_OfDataNotShapedLikeTheEvent_IsDropped(string topic, string json)
    {
        var outcome = await Host.DeliverAsync(topic, JsonDocument.Parse(json).RootElement);

        Assert.Equal(new DaprdAnswer(HttpStatusCode.OK, "DROP"), outcome);
    }

    [Fact]
    public async Task LateReservation_WhenThePublishFails_AsksForARetry()
    {
        var host = fixture.QuickTimeout;
        var orderId = await host.PlaceOrderAsync("ada@example.com");
        var reserved = await Scenario.StockReservedFor(host, orderId);
        await host.WaitForWorkflowEndAsync(orderId);

        host.Published.FailPublishes = true;
        DaprdAnswer outcome;
        try
        {
            outcome = await host.DeliverAsync(Topics.InventoryStockReserved, reserved);
        }
        finally
        {
            host.Published.FailPublishes = false;
        }

        Assert.Equal("RETRY", outcome.Status);
        Assert.Equal("SUCCESS", (await host.DeliverAsync(Topics.InventoryStockReserved, reserved)).Status);
    }

    [Fact]
    public async Task WorkflowRuntimeDown_RaisingDeliveriesAskForARetry_AndPlacementAnswers503KeepingNothing()
    {
        await using var host = await OrderingHost.StartAsync(fixture.Postgres, "down", TimeSpan.FromMinutes(1), workflowCallTimeout: TimeSpan.FromSeconds(1));
        var orderId = await host.PlaceOrderAsync("ada@example.com");
        await host.Published.WaitForAsync(orderId, Topics.OrdersNew);
        await host.Sidecar.DisposeAsync();

        var rejected = await host.DeliverAsync(Topics.OrdersCancelled, Scenario.RejectedBy(orderId, CancellationReasons.InsufficientStock));
        var placement = await host.PlaceAsync(OrderRequests.Valid("nobody@example.com"));

        Assert.Equal("RETRY", rejected.Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, placement.StatusCode);
        Assert.Equal(OrderStatus.Placed, (await host.GetOrderAsync(orderId)).Status);
        Assert.Equal(0, (await host.ListOrdersAsync("customerEmail=nobody@example.com")).Total);
    }
}
