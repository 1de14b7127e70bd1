using System.Collections.Concurrent;
using Ecommerce.LocalSidecar.Tests.Infrastructure;
using Ecommerce.TestSupport.Servers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Ecommerce.LocalSidecar.Tests;

/// <summary>
/// The broker swap, demonstrated: <c>pubsub.redis</c> (Redis Streams) against Debian's redis-server, with the same
/// app contract as Kafka — CloudEvents in, SUCCESS/RETRY out, a failed delivery redelivered rather than skipped.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class RedisPubSubTests(RedisServer redis)
{
    [Fact]
    public async Task KeyedEvents_WithConcurrencyOne_AllArrive_InPublishOrder()
    {
        var topic = $"orders-{Guid.NewGuid():N}";
        using var resources = TempResources.With(Yaml.Redis(redis.Host, ("consumerID", "{appID}"), ("concurrency", "1")));
        var received = new ConcurrentQueue<OrderEvent>();
        await using var app = await SubscriberApp.StartAsync(web => web.MapPost("/events", (OrderEvent e) =>
        {
            received.Enqueue(e);
            return Results.Ok();
        }).WithTopic("pubsub", topic));
        await using var subscriber = await Sidecars.StartAsync("redis-billing", resources.Path, app.Port);
        await subscriber.WhenSubscribedAsync().WaitAsync(TimeSpan.FromSeconds(30));
        await using var publisher = await Sidecars.StartAsync("redis-shop", resources.Path);
        using var client = Sidecars.Client(publisher);

        var published = Enumerable.Range(0, 200).Select(i => new OrderEvent($"key-{i % 4}", i)).ToList();
        foreach (var e in published)
        {
            await client.PublishEventAsync("pubsub", topic, e, new Dictionary<string, string> { ["partitionKey"] = e.OrderId });
        }

        await Eventually.HoldsAsync(() => received.Count >= published.Count, TimeSpan.FromSeconds(30), "200 events through Redis Streams");
        Assert.Equal(published, received);
    }

    [Fact]
    public async Task FailedDelivery_WithoutDeadLetterTopic_IsRedelivered_NotSkipped()
    {
        using var resources = TempResources.With(
            Yaml.Redis(redis.Host, ("concurrency", "1"), ("redeliverInterval", "50ms"), ("processingTimeout", "1s")),
            Yaml.FastResiliency(maxRetries: 1));
        await using var app = await HealthSwitchedApp.StartAsync(deadLetters: false, $"orders-{Guid.NewGuid():N}");
        await using var sidecar = await Sidecars.StartAsync("redis-retry", resources.Path, app.Port);
        await sidecar.WhenSubscribedAsync().WaitAsync(TimeSpan.FromSeconds(30));
        using var client = Sidecars.Client(sidecar);
        app.FailFirst["stubborn"] = 5;

        await client.PublishEventAsync("pubsub", app.Topic, new OrderEvent("stubborn", 1));
        await client.PublishEventAsync("pubsub", app.Topic, new OrderEvent("after", 1));

        await Eventually.HoldsAsync(() => app.Delivered.Contains("after"), TimeSpan.FromSeconds(30), "the next event");
        Assert.Equal(["stubborn", "after"], app.Delivered);
        Assert.Equal(6, app.Attempts["stubborn"]);
    }
}
