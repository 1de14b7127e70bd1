using System.Collections.Concurrent;
using Confluent.Kafka;

namespace Ecommerce.EmbeddedKafka.Tests;

public sealed class FaultInjectionTests
{
    private const short ProduceApiKey = 0;

    [Fact]
    public async Task A_broker_that_is_down_cannot_be_reached_and_is_reachable_again_once_up()
    {
        await using var cluster = KafkaMockCluster.Start(TestClusters.Options());
        var onlyBrokerOne = $"127.0.0.1:{cluster.Ports[0]}";

        cluster.SetBrokerDown(1);

        Assert.False(cluster.IsBrokerUp(1));
        Assert.Throws<KafkaException>(() => Metadata(onlyBrokerOne, TimeSpan.FromSeconds(2)));

        cluster.SetBrokerUp(1);

        Assert.True(cluster.IsBrokerUp(1));
        Assert.Equal(3, Metadata(onlyBrokerOne, TimeSpan.FromSeconds(10)).Brokers.Count);
    }

    [Fact]
    public async Task An_idempotent_producer_loses_nothing_while_a_broker_goes_down_and_up()
    {
        var topic = TestClusters.UniqueTopic("outage");
        await using var cluster = KafkaMockCluster.Start(TestClusters.Options((topic, 3)));
        var sent = Enumerable.Range(0, 300).Select(i => $"{i:D4}").ToList();
        var failures = new ConcurrentBag<Error>();
        var partitionOfKey = new ConcurrentDictionary<string, int>();
        var deliveredDuringOutage = new ConcurrentDictionary<int, int>();
        var outage = false;
        var leader = -1;
        var leaderPartitions = new HashSet<int>();

        using (var producer = new ProducerBuilder<string, string>(ResilientProducer(cluster)).Build())
        {
            for (var i = 0; i < sent.Count; i++)
            {
                if (i == 100)
                {
                    // Everything so far is delivered first, so the outage hits live connections on a slow machine too,
                    // and each key's partition is known. The broker taken down leads key-0's partition, so some of the
                    // messages sent during the outage must wait.
                    Assert.Equal(0, producer.Flush(TimeSpan.FromSeconds(30)));
                    var partitions = Metadata(cluster.BootstrapServers, TimeSpan.FromSeconds(10)).Topics.Single(t => t.Topic == topic).Partitions;
                    leader = partitions.Single(p => p.PartitionId == partitionOfKey["key-0"]).Leader;
                    leaderPartitions = [.. partitions.Where(p => p.Leader == leader).Select(p => p.PartitionId)];
                    cluster.SetBrokerDown(leader);
                    Volatile.Write(ref outage, true);
                }

                if (i == 200)
                {
                    // The signal that the waiting messages would have been delivered by now: every message of the
                    // outage bound for a partition the other brokers lead has been.
                    var othersSent = Enumerable.Range(100, 100).Count(n => !leaderPartitions.Contains(partitionOfKey[$"key-{n % 9}"]));
                    var deadline = DateTime.UtcNow.AddSeconds(30);
                    while (deliveredDuringOutage.Where(d => !leaderPartitions.Contains(d.Key)).Sum(d => d.Value) < othersSent)
                    {
                        Assert.True(DateTime.UtcNow < deadline, "the messages for the brokers still up should be delivered during the outage");
                        await Task.Delay(20);
                    }

                    Assert.Equal(0, deliveredDuringOutage.Where(d => leaderPartitions.Contains(d.Key)).Sum(d => d.Value));
                    Volatile.Write(ref outage, false);
                    cluster.SetBrokerUp(leader);
                }

                producer.Produce(topic, new Message<string, string> { Key = $"key-{i % 9}", Value = sent[i] }, report =>
                {
                    if (report.Error.IsError)
                    {
                        failures.Add(report.Error);
                        return;
                    }

                    partitionOfKey[report.Message.Key] = report.Partition.Value;
                    if (Volatile.Read(ref outage))
                    {
                        deliveredDuringOutage.AddOrUpdate(report.Partition.Value, 1, (_, n) => n + 1);
                    }
                });
            }

            Assert.Equal(0, producer.Flush(TimeSpan.FromSeconds(30)));
        }

        Assert.Empty(failures);
        AssertAllReceivedInKeyOrder(cluster, topic, sent);
    }

    [Fact]
    public async Task Injected_produce_errors_are_retried_and_lose_nothing()
    {
        var topic = TestClusters.UniqueTopic("request-errors");
        await using var cluster = KafkaMockCluster.Start(TestClusters.Options((topic, 3)));
        var sent = Enumerable.Range(0, 50).Select(i => $"{i:D4}").ToList();

        cluster.PushRequestErrors(
            ProduceApiKey, ErrorCode.NotLeaderForPartition, ErrorCode.RequestTimedOut, ErrorCode.NotEnoughReplicas);
        using (var producer = new ProducerBuilder<string, string>(ResilientProducer(cluster)).Build())
        {
            var deliveries = sent.Select((value, i) =>
                producer.ProduceAsync(topic, new Message<string, string> { Key = $"key-{i % 5}", Value = value }));
            await Task.WhenAll(deliveries);
        }

        AssertAllReceivedInKeyOrder(cluster, topic, sent);
    }

    [Fact]
    public async Task A_producer_without_retries_sees_an_injected_request_error()
    {
        var topic = TestClusters.UniqueTopic("no-retries");
        await using var cluster = KafkaMockCluster.Start(TestClusters.Options((topic, 1)));
        var config = new ProducerConfig { BootstrapServers = cluster.BootstrapServers, MessageSendMaxRetries = 0 };
        using var producer = new ProducerBuilder<Null, string>(config).Build();
        await producer.ProduceAsync(topic, new Message<Null, string> { Value = "warm-up" });

        cluster.PushRequestErrors(ProduceApiKey, ErrorCode.NotEnoughReplicas);

        var error = await Assert.ThrowsAsync<ProduceException<Null, string>>(
            () => producer.ProduceAsync(topic, new Message<Null, string> { Value = "rejected" }));
        Assert.Equal(ErrorCode.NotEnoughReplicas, error.Error.Code);
    }

    [Fact]
    public async Task An_added_broker_round_trip_time_delays_that_brokers_responses()
    {
        var topic = TestClusters.UniqueTopic("slow");
        await using var cluster = KafkaMockCluster.Start(TestClusters.Options((topic, 1)));
        using var producer = new ProducerBuilder<Null, string>(new ProducerConfig { BootstrapServers = cluster.BootstrapServers }).Build();
        await producer.ProduceAsync(topic, new Message<Null, string> { Value = "warm-up" });

        cluster.SetBrokerRtt(1, 300);
        cluster.SetBrokerRtt(2, 300);
        cluster.SetBrokerRtt(3, 300);
        var started = DateTime.UtcNow;
        await producer.ProduceAsync(topic, new Message<Null, string> { Value = "slow" });

        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromMilliseconds(250));
    }

    [Fact]
    public async Task Taking_down_an_unknown_broker_throws_argument_out_of_range()
    {
        await using var cluster = KafkaMockCluster.Start(TestClusters.Options());

        Assert.Throws<ArgumentOutOfRangeException>(() => cluster.SetBrokerDown(4));
        Assert.Throws<ArgumentOutOfRangeException>(() => cluster.SetBrokerUp(0));
    }

    private static ProducerConfig ResilientProducer(KafkaMockCluster cluster) => new()
    {
        BootstrapServers = cluster.BootstrapServers,
        EnableIdempotence = true,
        Acks = Acks.All,
        MessageTimeoutMs = 60_000,
        RetryBackoffMs = 50,
        RetryBackoffMaxMs = 500,
        ReconnectBackoffMs = 50,
        ReconnectBackoffMaxMs = 500,
    };

    private static Metadata Metadata(string bootstrapServers, TimeSpan timeout)
    {
        using var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = bootstrapServers }).Build();
        return admin.GetMetadata(timeout);
    }

    // The mock only de-duplicates transactional producers, so a retry may repeat a message: compare distinct values.
    private static void AssertAllReceivedInKeyOrder(KafkaMockCluster cluster, string topic, IReadOnlyList<string> sent)
    {
        var received = TestConsumer.ConsumeDistinct(cluster, topic, sent.Count);
        Assert.Equal(sent.Order(), received.Select(r => r.Message.Value).Distinct().Order());
        foreach (var byKey in received.GroupBy(r => r.Message.Key))
        {
            var values = byKey.OrderBy(r => r.Offset.Value).Select(r => r.Message.Value).Distinct().ToList();
            Assert.Equal(values.Order(StringComparer.Ordinal), values);
        }
    }
}
