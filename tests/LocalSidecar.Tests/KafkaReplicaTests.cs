using System.Collections.Concurrent;
using Ecommerce.LocalSidecar.AppHealth;
using Ecommerce.LocalSidecar.Hosting;
using Ecommerce.LocalSidecar.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Xunit.Abstractions;

namespace Ecommerce.LocalSidecar.Tests;

/// <summary>
/// Two replicas of one app (each its own app process and sidecar, one app id, so one consumer group) share a topic's
/// partitions; a replica joining and another leaving move partitions between them mid-stream.
/// </summary>
[Collection(KafkaCollection.Name)]
public sealed class KafkaReplicaTests(KafkaFixture kafka, ITestOutputHelper output) : IDisposable
{
    private const string AppId = "billing-replicas";
    private readonly string _topic = $"orders-{Guid.NewGuid():N}";
    private readonly TempResources _resources = TempResources.With(Yaml.Kafka(kafka.Cluster.BootstrapServers));
    private readonly ReceivedEvents _received = new();
    private readonly ConcurrentDictionary<string, int> _inFlightByKey = new();
    private readonly ConcurrentDictionary<string, ConcurrentBag<int>> _sequencesByReplica = new();
    private readonly ConcurrentDictionary<string, byte> _unhealthy = new();
    private int _overlaps;

    private static readonly AppHealthOptions FastProbes = new()
    {
        Path = "/healthz",
        ProbeInterval = TimeSpan.FromMilliseconds(100),
        ProbeTimeout = TimeSpan.FromMilliseconds(100),
        Threshold = 2,
    };

    public void Dispose() => _resources.Dispose();

    [Fact]
    public async Task ReplicasSplitThePartitions_AndAcrossRebalances_EveryEventArrives_InOrderPerKey_NeverTwoReplicasOnOneKeyAtOnce()
    {
        kafka.Cluster.CreateTopic(_topic, 4);
        await using var publisher = await Sidecars.StartAsync("shop", _resources.Path);
        using var client = Sidecars.Client(publisher);
        var first = await StartReplicaAsync("replica-1");
        var publishing = PublishAsync(client, 1200, keys: 12, pause: TimeSpan.FromMilliseconds(60));

        await Eventually.HoldsAsync(() => _received.Count >= 100, TimeSpan.FromSeconds(30), "the first events delivered to replica 1");
        await using var second = await StartReplicaAsync("replica-2");
        await Eventually.HoldsAsync(() => Delivered("replica-2") >= 50, TimeSpan.FromSeconds(60), "replica 2 given partitions by the rebalance");
        var firstBeforeLeaving = Delivered("replica-1");
        await first.DisposeAsync();

        var published = await publishing.WaitAsync(TimeSpan.FromSeconds(90));
        await Eventually.HoldsAsync(() => _received.DistinctCount == published.Count, TimeSpan.FromSeconds(60), "every event delivered");
        _received.AssertComplete(published);
        Assert.Equal(0, Volatile.Read(ref _overlaps));
        Assert.True(firstBeforeLeaving > 100, "replica 1 delivered before and after replica 2 joined");
        output.WriteLine($"published {published.Count}, deliveries {_received.Count} (duplicates {_received.Count - published.Count}); " +
            $"replica-1 {Delivered("replica-1")}, replica-2 {Delivered("replica-2")}");
    }

    [Fact]
    public async Task AReplicaWhoseAppTurnsUnhealthy_LeavesTheGroup_AndTheOtherReplicaDeliversEveryKey()
    {
        kafka.Cluster.CreateTopic(_topic, 4);
        await using var publisher = await Sidecars.StartAsync("shop", _resources.Path);
        using var client = Sidecars.Client(publisher);
        await using var first = await StartReplicaAsync("replica-1", withHealthCheck: true);
        await using var second = await StartReplicaAsync("replica-2", withHealthCheck: true);
        var publishing = PublishAsync(client, 1200, keys: 12, pause: TimeSpan.FromMilliseconds(60));
        await Eventually.HoldsAsync(() => Delivered("replica-1") >= 20 && Delivered("replica-2") >= 20, TimeSpan.FromSeconds(60), "both replicas given partitions");

        _unhealthy.TryAdd("replica-1", 0);
        var published = await publishing.WaitAsync(TimeSpan.FromSeconds(90));
        await Eventually.HoldsAsync(() => _received.DistinctCount == published.Count, TimeSpan.FromSeconds(60), "every event delivered, replica 1 unhealthy");

        _received.AssertComplete(published);
        Assert.Equal(0, Volatile.Read(ref _overlaps));
        var lastPerKey = published.GroupBy(e => e.OrderId).Select(key => key.Max(e => e.Sequence)).ToHashSet();
        Assert.Superset(lastPerKey, _sequencesByReplica["replica-2"].ToHashSet());
    }

    private int Delivered(string replica) => _sequencesByReplica.TryGetValue(replica, out var s) ? s.Count : 0;

    private async Task<ReplicaWithSidecar> StartReplicaAsync(string replica, bool withHealthCheck = false)
    {
        var app = await SubscriberApp.StartAsync(web =>
        {
            web.MapGet("/healthz", () => _unhealthy.ContainsKey(replica) ? Results.StatusCode(500) : Results.Ok());
            MapEvents(web, replica);
        });
        var options = Sidecars.Options(AppId, _resources.Path, app.Port) with { Replica = replica };
        var sidecar = await Sidecars.StartAsync(withHealthCheck ? options with { AppHealth = FastProbes } : options);
        return new ReplicaWithSidecar(app, sidecar);
    }

    private void MapEvents(WebApplication web, string replica) =>
        web.MapPost("/events", async (OrderEvent e, HttpRequest request) =>
            {
                if (_inFlightByKey.AddOrUpdate(e.OrderId, 1, (_, n) => n + 1) > 1)
                {
                    Interlocked.Increment(ref _overlaps);
                }

                try
                {
                    await Task.Delay(3);
                    _received.Add(e, request.Headers["__key"]);
                    _sequencesByReplica.GetOrAdd(replica, _ => []).Add(e.Sequence);
                    return Results.Ok();
                }
                finally
                {
                    _inFlightByKey.AddOrUpdate(e.OrderId, 0, (_, n) => n - 1);
                }
            })
            .WithTopic("pubsub", _topic);

    private async Task<IReadOnlyCollection<OrderEvent>> PublishAsync(Dapr.Client.DaprClient client, int count, int keys, TimeSpan pause)
    {
        var perKey = Enumerable.Range(0, keys).Select(async k =>
        {
            var events = new List<OrderEvent>();
            for (var sequence = k; sequence < count; sequence += keys)
            {
                var e = new OrderEvent($"key-{k}", sequence);
                await client.PublishEventAsync("pubsub", _topic, e, new Dictionary<string, string> { ["partitionKey"] = e.OrderId });
                events.Add(e);
                await Task.Delay(pause);
            }

            return events;
        });
        return (await Task.WhenAll(perKey)).SelectMany(e => e).ToList();
    }

    private sealed class ReplicaWithSidecar(SubscriberApp app, LocalSidecarHost sidecar) : IAsyncDisposable
    {
        private bool _disposed;

        public async ValueTask DisposeAsync()
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            await sidecar.DisposeAsync();
            await app.DisposeAsync();
        }
    }
}
