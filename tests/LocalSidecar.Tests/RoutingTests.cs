using System.Collections.Concurrent;
using Dapr;
using Ecommerce.LocalSidecar.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Ecommerce.LocalSidecar.Tests;

public sealed class RoutingTests
{
    [Fact]
    public async Task RoutingRules_SendMatchingEventTypesToTheirRoute_OthersToTheDefault()
    {
        using var resources = TempResources.With(Yaml.InMemoryPubSub());
        var routes = new ConcurrentQueue<(string Route, string OrderId)>();
        await using var app = await SubscriberApp.StartAsync(web =>
        {
            web.MapPost("/shipped", (OrderEvent e) => { routes.Enqueue(("shipped", e.OrderId)); return Results.Ok(); })
                .WithTopic(new TopicOptions { PubsubName = "pubsub", Name = "orders", Match = "event.type == \"order.shipped\"", Priority = 1 });
            web.MapPost("/other", (OrderEvent e) => { routes.Enqueue(("other", e.OrderId)); return Results.Ok(); })
                .WithTopic("pubsub", "orders");
        });
        await using var sidecar = await Sidecars.StartAsync("shop", resources.Path, app.Port);
        await sidecar.WhenSubscribedAsync().WaitAsync(TimeSpan.FromSeconds(15));
        using var client = Sidecars.Client(sidecar);

        await client.PublishEventAsync("pubsub", "orders", new OrderEvent("a", 1), new Dictionary<string, string> { ["cloudevent.type"] = "order.shipped" });
        await client.PublishEventAsync("pubsub", "orders", new OrderEvent("b", 1));

        await Eventually.HoldsAsync(() => routes.Count == 2, TimeSpan.FromSeconds(10), "both events routed");
        Assert.Equal([("shipped", "a"), ("other", "b")], routes.OrderBy(r => r.OrderId).ToList());
    }
}
