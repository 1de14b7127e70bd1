using System.Collections.Concurrent;
using System.Diagnostics;
using Ecommerce.LocalSidecar.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Ecommerce.LocalSidecar.Tests;

public sealed class InMemoryPubSubTests
{
    [Fact]
    public async Task PublishedEvent_ReachesTheAppsSubscription_WithTraceparent()
    {
        using var resources = TempResources.With(Yaml.InMemoryPubSub());
        var received = new ConcurrentQueue<(OrderEvent Event, string? TraceParent)>();
        await using var app = await StartSubscriberAsync(received);
        await using var sidecar = await Sidecars.StartAsync("shop", resources.Path, app.Port);
        using var client = Sidecars.Client(sidecar);
        await Eventually.HoldsAsync(() => sidecar.Components.PubSubs.Count == 1, TimeSpan.FromSeconds(5), "pubsub loaded");
        await WaitForSubscriptionAsync(client, received);

        await client.PublishEventAsync("pubsub", "orders", new OrderEvent("o-1", 1), new Dictionary<string, string> { ["partitionKey"] = "o-1" });

        await Eventually.HoldsAsync(() => received.Any(r => r.Event.OrderId == "o-1"), TimeSpan.FromSeconds(10), "the event to arrive");
        var delivered = received.Single(r => r.Event.OrderId == "o-1");
        Assert.Equal(new OrderEvent("o-1", 1), delivered.Event);
        Assert.Matches("^00-[0-9a-f]{32}-[0-9a-f]{16}-01$", delivered.TraceParent);
    }

    [Fact]
    public async Task PublishedEvent_ReachesTheApp_InThePublishersTrace()
    {
        using var resources = TempResources.With(Yaml.InMemoryPubSub());
        var received = new ConcurrentQueue<(OrderEvent Event, string? TraceParent)>();
        await using var app = await StartSubscriberAsync(received);
        await using var sidecar = await Sidecars.StartAsync("shop", resources.Path, app.Port);
        using var client = Sidecars.Client(sidecar);
        await WaitForSubscriptionAsync(client, received);

        // DaprClient sends the current span's traceparent with the call, as the services' instrumentation does.
        var publishing = new Activity("publish").SetIdFormat(ActivityIdFormat.W3C).Start();
        try
        {
            await client.PublishEventAsync("pubsub", "orders", new OrderEvent("o-traced", 1));
        }
        finally
        {
            publishing.Stop();
        }

        await Eventually.HoldsAsync(() => received.Any(r => r.Event.OrderId == "o-traced"), TimeSpan.FromSeconds(10), "the event to arrive");
        var traceParent = received.Single(r => r.Event.OrderId == "o-traced").TraceParent;
        Assert.Equal(publishing.TraceId.ToHexString(), traceParent?.Split('-')[1]);
    }

    /// <summary>An app subscribed to "orders" that records each event with the traceparent it came with.</summary>
    private static Task<SubscriberApp> StartSubscriberAsync(ConcurrentQueue<(OrderEvent Event, string? TraceParent)> received) =>
        SubscriberApp.StartAsync(web => web
            .MapPost("/orders", (OrderEvent e, HttpRequest request) =>
            {
                received.Enqueue((e, request.Headers.TraceParent));
                return Results.Ok();
            })
            .WithTopic("pubsub", "orders"));

    // The sidecar reads /dapr/subscribe in the background; publish probes until one is delivered.
    private static async Task WaitForSubscriptionAsync(Dapr.Client.DaprClient client, ConcurrentQueue<(OrderEvent Event, string? TraceParent)> received)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!received.Any(r => r.Event.OrderId == "probe"))
        {
            Assert.True(DateTime.UtcNow < deadline, "the subscription never started");
            await client.PublishEventAsync("pubsub", "orders", new OrderEvent("probe", 0));
            await Task.Delay(100);
        }
    }
}
