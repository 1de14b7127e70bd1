using Confluent.Kafka;

namespace Ecommerce.EmbeddedKafka.Tests;

public sealed class RoundTripTests
{
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

        var received = TestConsumer.ConsumeDistinct(cluster, topic, sent.Count);

        Assert.Equal(sent.Order(), received.Select(r => r.Message.Value).Order());
    }
}
