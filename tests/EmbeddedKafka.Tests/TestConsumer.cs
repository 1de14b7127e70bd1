using Confluent.Kafka;

namespace Ecommerce.EmbeddedKafka.Tests;

internal static class TestConsumer
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    /// <summary>Consumes from the start of the topic in a new group until <paramref name="distinctValues"/> different values arrived.</summary>
    public static List<ConsumeResult<string, string>> ConsumeDistinct(KafkaMockCluster cluster, string topic, int distinctValues)
    {
        var config = new ConsumerConfig
        {
            BootstrapServers = cluster.BootstrapServers,
            GroupId = $"{topic}-{Guid.NewGuid():N}",
            AutoOffsetReset = AutoOffsetReset.Earliest,
        };
        using var consumer = new ConsumerBuilder<string, string>(config).Build();
        consumer.Subscribe(topic);
        var received = new List<ConsumeResult<string, string>>();
        var values = new HashSet<string>();
        var deadline = DateTime.UtcNow + Timeout;
        while (values.Count < distinctValues && DateTime.UtcNow < deadline)
        {
            var result = consumer.Consume(TimeSpan.FromMilliseconds(200));
            if (result is { IsPartitionEOF: false })
            {
                received.Add(result);
                values.Add(result.Message.Value);
            }
        }

        consumer.Close();
        return received;
    }
}
