using Confluent.Kafka;

namespace Ecommerce.EmbeddedKafka.Tests;

public sealed class KeyOrderingTests
{
    [Fact]
    public async Task Messages_with_the_same_key_land_on_one_partition_in_the_order_they_were_sent()
    {
        var topic = TestClusters.UniqueTopic("ordering");
        await using var cluster = KafkaMockCluster.Start(TestClusters.Options((topic, 4)));
        string[] keys = ["order-1", "order-2", "order-3", "order-4", "order-5", "order-6"];
        const int perKey = 20;

        using (var producer = new ProducerBuilder<string, string>(new ProducerConfig { BootstrapServers = cluster.BootstrapServers }).Build())
        {
            for (var sequence = 0; sequence < perKey; sequence++)
            {
                foreach (var key in keys)
                {
                    producer.Produce(topic, new Message<string, string> { Key = key, Value = $"{key}/{sequence:D3}" });
                }
            }

            Assert.Equal(0, producer.Flush(TimeSpan.FromSeconds(10)));
        }

        var received = TestConsumer.ConsumeDistinct(cluster, topic, keys.Length * perKey);

        Assert.Equal(keys.Length * perKey, received.Count);
        foreach (var byKey in received.GroupBy(r => r.Message.Key))
        {
            Assert.Single(byKey.Select(r => r.Partition.Value).Distinct());
            Assert.Equal(
                Enumerable.Range(0, perKey).Select(sequence => $"{byKey.Key}/{sequence:D3}"),
                byKey.OrderBy(r => r.Offset.Value).Select(r => r.Message.Value));
        }
    }
}
