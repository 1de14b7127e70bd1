using Confluent.Kafka;

namespace Ecommerce.EmbeddedKafka.Tests;

public sealed class RoundTripTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Messages_produced_through_the_advertised_ports_are_consumed_by_a_group()
    {
        var topic = TestClusters.UniqueTopic("round-trip");
        await using var cluster = KafkaMockCluster.Start(TestClusters.Options((topic, 4)));
        var sent = Enumerable.Range(0, 20).Select(i => $"message-{i}").ToList();

        using (var producer = new ProducerBuilder<string, string>(new ProducerConfig { BootstrapServers = cluster.BootstrapServers }).Build())
        {
            foreach (var value in sent)
            {
                await producer.ProduceAsync(topic, new Message<string, string> { Key = value, Value = value });
            }
        }

        var received = Consume(cluster, topic, "round-trip-group", sent.Count);

        Assert.Equal(sent.Order(), received.Select(r => r.Message.Value).Order());
    }

    internal static List<ConsumeResult<string, string>> Consume(KafkaMockCluster cluster, string topic, string groupId, int count)
    {
        var config = new ConsumerConfig
        {
            BootstrapServers = cluster.BootstrapServers,
            GroupId = groupId,
            AutoOffsetReset = AutoOffsetReset.Earliest,
        };
        using var consumer = new ConsumerBuilder<string, string>(config).Build();
        consumer.Subscribe(topic);
        var received = new List<ConsumeResult<string, string>>();
        var deadline = DateTime.UtcNow + Timeout;
        while (received.Count < count && DateTime.UtcNow < deadline)
        {
            var result = consumer.Consume(TimeSpan.FromMilliseconds(200));
            if (result is { IsPartitionEOF: false })
            {
                received.Add(result);
            }
        }

        consumer.Close();
        return received;
    }
}
