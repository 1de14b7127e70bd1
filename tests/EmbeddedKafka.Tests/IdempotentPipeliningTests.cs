using Confluent.Kafka;

namespace Ecommerce.EmbeddedKafka.Tests;

/// <summary>
/// What the mock cluster does with an idempotent producer that pipelines Produce requests (max.in.flight &gt; 1, the
/// default) when one of them fails. A real broker checks each producer's sequence numbers and refuses the batch after
/// a refused one (OUT_OF_ORDER_SEQUENCE_NUMBER), so both are retried. librdkafka's mock checks them only for a
/// transactional producer (rdkafka_mock.c, rd_kafka_mock_validate_records) and appends the later batch; librdkafka
/// then takes that success as proof the earlier batch was stored too ("implicitly acked by subsequent batch success",
/// rd_kafka_handle_idempotent_Produce_success) and reports it delivered. The local sidecar's producer therefore keeps
/// one request in flight per broker (runtime/LocalSidecar, KafkaPubSub).
/// </summary>
public sealed class IdempotentPipeliningTests
{
    private const short ProduceApiKey = 0;

    [Fact]
    public async Task A_refused_batch_with_the_next_batch_in_flight_is_reported_delivered_but_never_stored()
    {
        var (first, second, stored) = await RefuseFirstOfTwoPipelinedBatchesAsync(maxInFlight: 5);

        Assert.Equal(PersistenceStatus.Persisted, first.Status);
        Assert.Equal(Offset.Unset, first.Offset);
        Assert.Equal(PersistenceStatus.Persisted, second.Status);
        Assert.Equal(["B"], stored);
    }

    [Fact]
    public async Task With_one_request_in_flight_a_refused_batch_is_retried_and_stored()
    {
        var (first, second, stored) = await RefuseFirstOfTwoPipelinedBatchesAsync(maxInFlight: 1);

        Assert.Equal(PersistenceStatus.Persisted, first.Status);
        Assert.Equal(PersistenceStatus.Persisted, second.Status);
        Assert.Equal(["A", "B"], stored);
    }

    // A is sent and answered NOT_LEADER_FOR_PARTITION; B, same partition, is produced once A's request is on the wire
    // and, with max.in.flight > 1, sent before A's answer comes back (every answer is held back 2 s).
    private static async Task<(DeliveryResult<string, string> First, DeliveryResult<string, string> Second, List<string> Stored)>
        RefuseFirstOfTwoPipelinedBatchesAsync(int maxInFlight)
    {
        var topic = TestClusters.UniqueTopic("pipelined");
        await using var cluster = KafkaMockCluster.Start(TestClusters.Options((topic, 1)));
        var sent = new SemaphoreSlim(0);
        var config = new ProducerConfig
        {
            BootstrapServers = cluster.BootstrapServers,
            EnableIdempotence = true,
            Acks = Acks.All,
            LingerMs = 1,
            MaxInFlight = maxInFlight,
            Debug = "protocol",
        };
        using var producer = new ProducerBuilder<string, string>(config)
            .SetLogHandler((_, m) =>
            {
                if (m.Message.Contains("Sent ProduceRequest", StringComparison.Ordinal))
                {
                    sent.Release();
                }
            })
            .Build();
        await producer.ProduceAsync(topic, new Message<string, string> { Key = "k", Value = "warm-up" });
        while (sent.CurrentCount > 0)
        {
            await sent.WaitAsync();
        }

        for (var broker = 1; broker <= cluster.BrokerCount; broker++)
        {
            cluster.SetBrokerRtt(broker, 2000);
        }

        cluster.PushRequestErrors(ProduceApiKey, ErrorCode.NotLeaderForPartition);
        var first = producer.ProduceAsync(topic, new Message<string, string> { Key = "k", Value = "A" });
        Assert.True(await sent.WaitAsync(TimeSpan.FromSeconds(30)), "A's ProduceRequest sent");
        var second = producer.ProduceAsync(topic, new Message<string, string> { Key = "k", Value = "B" });
        var results = (await first, await second);
        for (var broker = 1; broker <= cluster.BrokerCount; broker++)
        {
            cluster.SetBrokerRtt(broker, 0);
        }

        return (results.Item1, results.Item2, Stored(cluster, topic).Where(v => v != "warm-up").ToList());
    }

    private static List<string> Stored(KafkaMockCluster cluster, string topic)
    {
        using var consumer = new ConsumerBuilder<string, string>(new ConsumerConfig
        {
            BootstrapServers = cluster.BootstrapServers,
            GroupId = $"{topic}-reader",
        }).Build();
        var partition = new TopicPartition(topic, 0);
        var end = consumer.QueryWatermarkOffsets(partition, TimeSpan.FromSeconds(10)).High;
        consumer.Assign(new TopicPartitionOffset(partition, Offset.Beginning));
        var values = new List<string>();
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (values.Count < end && DateTime.UtcNow < deadline)
        {
            if (consumer.Consume(TimeSpan.FromMilliseconds(200)) is { IsPartitionEOF: false } result)
            {
                values.Add(result.Message.Value);
            }
        }

        return values;
    }
}
