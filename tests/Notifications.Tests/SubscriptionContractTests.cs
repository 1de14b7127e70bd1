using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ecommerce.Contracts;
using Ecommerce.TestSupport.Dapr;

namespace Ecommerce.Notifications.Tests;

/// <summary>daprd's app contract: discovery at /dapr/subscribe and SUCCESS / RETRY / DROP answers per route.</summary>
[Collection(NotificationsCollection.Name)]
public sealed class SubscriptionContractTests(NotificationsFixture fixture)
{
    private static readonly string[] ExpectedTopics = [Topics.OrdersConfirmed, Topics.FulfillmentOrderShipped, Topics.OrdersCancelled];

    [Fact]
    public async Task DaprSubscribe_ListsExactlyTheNotificationTopics_EachWithItsDeadLetterTopic()
    {
        var subscriptions = await fixture.Client.GetFromJsonAsync<JsonElement>("/dapr/subscribe");

        var entries = subscriptions.EnumerateArray().ToList();
        Assert.Equal(ExpectedTopics.Order(), entries.Select(e => e.GetProperty("topic").GetString()).Order());
        Assert.All(entries, entry =>
        {
            var topic = entry.GetProperty("topic").GetString()!;
            Assert.Equal("pubsub", entry.GetProperty("pubsubName").GetString());
            Assert.Equal(Topics.DeadLetterOf(topic), entry.GetProperty("deadLetterTopic").GetString());
            Assert.Equal("events/" + topic, RouteOf(entry).TrimStart('/'));
        });
    }

    public static TheoryData<string> SubscribedTopics() => new(ExpectedTopics);

    [Theory]
    [MemberData(nameof(SubscribedTopics))]
    public async Task DataThatIsNotAnEvent_IsDropped(string topic)
    {
        var answer = await fixture.Client.DeliverAsync(topic, JsonValue.Create("not an event"));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("DROP", answer.Status);
    }

    [Theory]
    [MemberData(nameof(SubscribedTopics))]
    public async Task AnEventWithoutOrderId_IsDropped(string topic)
    {
        var answer = await fixture.Client.DeliverAsync(topic, new JsonObject { ["orderId"] = null, ["reason"] = "X" });

        Assert.Equal("DROP", answer.Status);
    }

    [Fact]
    public async Task AConfirmationWithoutAUsableRecipient_IsDropped()
    {
        var answer = await fixture.Client.DeliverAsync(Topics.OrdersConfirmed, SampleOrders.Confirmed("not-an-address"));

        Assert.Equal("DROP", answer.Status);
    }

    [Theory]
    [MemberData(nameof(SubscribedTopics))]
    public async Task AGoodEventWhileTheStateStoreIsDown_IsRetried(string topic)
    {
        var orderId = Guid.NewGuid();
        object evt = topic switch
        {
            Topics.OrdersConfirmed => SampleOrders.Confirmed(SampleOrders.NewRecipient(), orderId),
            Topics.FulfillmentOrderShipped => SampleOrders.Shipped(orderId),
            _ => SampleOrders.Cancelled(orderId, CancellationReasons.CustomerCancelled, SampleOrders.NewRecipient()),
        };

        fixture.Dapr.FailState = true;
        try
        {
            var answer = await fixture.Client.DeliverAsync(topic, evt);

            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.Equal("RETRY", answer.Status);
        }
        finally
        {
            fixture.Dapr.FailState = false;
        }
    }

    [Theory]
    [MemberData(nameof(SubscribedTopics))]
    public async Task AGoodEvent_Succeeds(string topic)
    {
        var recipient = SampleOrders.NewRecipient();
        var confirmed = SampleOrders.Confirmed(recipient);
        await fixture.Client.DeliverAsync(Topics.OrdersConfirmed, confirmed);
        object evt = topic switch
        {
            Topics.OrdersConfirmed => confirmed,
            Topics.FulfillmentOrderShipped => SampleOrders.Shipped(confirmed.OrderId),
            _ => SampleOrders.Cancelled(confirmed.OrderId, CancellationReasons.CustomerCancelled, recipient),
        };

        var answer = await fixture.Client.DeliverAsync(topic, evt);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("SUCCESS", answer.Status);
    }

    private static string RouteOf(JsonElement entry) =>
        entry.TryGetProperty("route", out var route) ? route.GetString()!
        : entry.GetProperty("routes").GetProperty("default").GetString()!;
}
