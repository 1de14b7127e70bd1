using Confluent.Kafka;
using Ecommerce.LocalSidecar.Tests.Infrastructure;

namespace Ecommerce.LocalSidecar.Tests;

/// <summary>Publishing through one app's sidecar into the embedded Kafka and delivery to another app's subscription.</summary>
[Collection(KafkaCollection.Name)]
public sealed class KafkaPubSubTests(KafkaFixture kafka) : IDisposable
{
    private readonly string _topic = $"orders-{Guid.NewGuid():N}";
    private readonly TempResources _resources = TempResources.With(Yaml.Kafka(kafka.Cluster.BootstrapServers));

    public void Dispose() => _resources.Dispose();

    [Fact]
    public async Task ThousandKeyedEvents_AllReachTheSubscriber_InOrderPerKey()
    {
        kafka.Cluster.CreateTopic(_topic, 4);
        var received = new ReceivedEvents();
        await using var subscriber = await SubscriberWithSidecar.StartAsync("billing", _resources.Path, _topic, received);
        await using var publisher = await Sidecars.StartAsync("shop", _resources.Path);
        using var client = Sidecars.Client(publisher);

        var published = await PublishAsync(client, 1000, keys: 10);

        await Eventually.HoldsAsync(() => received.DistinctCount == published.Count, TimeSpan.FromSeconds(60), "1,000 events delivered");
        received.AssertComplete(published);
        Assert.Equal(published.Count, received.Count);
    }

    [Fact]
    public async Task SubscriberRestartedMidStream_LosesNothing()
    {
        kafka.Cluster.CreateTopic(_topic, 4);
        var received = new ReceivedEvents();
        await using var publisher = await Sidecars.StartAsync("shop", _resources.Path);
        using var client = Sidecars.Client(publisher);
        var subscriber = await SubscriberWithSidecar.StartAsync("billing-restart", _resources.Path, _topic, received);
        var publishing = PublishAsync(client, 600, keys: 10, pause: TimeSpan.FromMilliseconds(2));

        await Eventually.HoldsAsync(() => received.Count >= 150, TimeSpan.FromSeconds(30), "the first events delivered");
        await subscriber.DisposeAsync();
        subscriber = await SubscriberWithSidecar.StartAsync("billing-restart", _resources.Path, _topic, received);
        await using (subscriber)
        {
            var published = await publishing;
            await Eventually.HoldsAsync(() => received.DistinctCount == published.Count, TimeSpan.FromSeconds(60), "every event delivered after the restart");
            received.AssertComplete(published);
        }
    }

    [Fact]
    public async Task BrokerDownAndRequestErrors_DuringPublishing_LoseNothing()
    {
        kafka.Cluster.CreateTopic(_topic, 3);
        var received = new ReceivedEvents();
        await using var subscriber = await SubscriberWithSidecar.StartAsync("billing-faults", _resources.Path, _topic, received);
        await using var publisher = await Sidecars.StartAsync("shop", _resources.Path);
        using var client = Sidecars.Client(publisher);
        var publishing = PublishAsync(client, 300, keys: 6, pause: TimeSpan.FromMilliseconds(10));

        await Eventually.HoldsAsync(() => received.Count >= 30, TimeSpan.FromSeconds(30), "the first events delivered");
        kafka.Cluster.SetBrokerDown(2);
        // Hold the broker down while the stream moves on by another 60 events, whatever the machine's speed.
        var beforeFault = received.Count;
        await Eventually.HoldsAsync(() => received.Count >= beforeFault + 60, TimeSpan.FromSeconds(60), "events delivered while broker 2 is down");
        kafka.Cluster.SetBrokerUp(2);
        kafka.Cluster.PushRequestErrors(0, ErrorCode.NotLeaderForPartition, ErrorCode.RequestTimedOut, ErrorCode.NotEnoughReplicas);

        var published = await publishing.WaitAsync(TimeSpan.FromSeconds(60));
        await Eventually.HoldsAsync(() => received.DistinctCount == published.Count, TimeSpan.FromSeconds(60), "every event delivered despite the faults");
        received.AssertComplete(published);
    }

    // One sequential publisher per key keeps each key's order; keys publish concurrently.
    private async Task<IReadOnlyCollection<OrderEvent>> PublishAsync(Dapr.Client.DaprClient client, int count, int keys, TimeSpan? pause = null)
    {
        var perKey = Enumerable.Range(0, keys).Select(async k =>
        {
            var events = new List<OrderEvent>();
            for (var sequence = k; sequence < count; sequence += keys)
            {
                var e = new OrderEvent($"key-{k}", sequence);
                await client.PublishEventAsync("pubsub", _topic, e, new Dictionary<string, string> { ["partitionKey"] = e.OrderId });
                events.Add(e);
                if (pause is { } wait)
                {
                    await Task.Delay(wait);
                }
            }

            return events;
        });
        return (await Task.WhenAll(perKey)).SelectMany(e => e).ToList();
    }
}
