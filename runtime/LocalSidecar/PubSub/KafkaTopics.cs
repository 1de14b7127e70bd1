using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace Ecommerce.LocalSidecar.PubSub;

/// <summary>
/// The subscribed topics, before a consumer starts. librdkafka's consumer neither creates a missing topic nor joins
/// its group until one exists, whereas daprd's consumer (sarama) asks for the topics' metadata with auto-creation
/// allowed, so a broker with auto.create.topics.enable creates them. This does the same, with a producer's
/// Metadata request (which allows auto-creation), and reports which topics existed before.
/// </summary>
internal static class KafkaTopics
{
    private const int Attempts = 10;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(300);

    /// <summary>Whether a topic existed before this call. When the cluster cannot say (no Metadata after a few tries)
    /// no topic counts as existing, so one without a committed offset is read from its beginning: a backlog delivered
    /// again is better than events lost (at-least-once).</summary>
    public static Func<string, bool> Ensure(KafkaPubSubOptions options, IReadOnlyCollection<string> topics, ILogger logger)
    {
        using var producer = new ProducerBuilder<byte[], byte[]>(new ProducerConfig { BootstrapServers = options.Brokers, ClientId = options.ClientId, AllowAutoCreateTopics = true })
            .SetLogHandler((_, m) => KafkaLog.Client(logger, m.Level.ToString(), m.Name, m.Message))
            .Build();
        using var admin = new DependentAdminClientBuilder(producer.Handle).Build();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return EnsureOnce(admin, topics, logger);
            }
            catch (KafkaException e) when (attempt < Attempts)
            {
                KafkaLog.ClientError(logger, e.Error.Code.ToString(), e.Error.Reason);
                Thread.Sleep(RetryDelay);
            }
            catch (KafkaException e)
            {
                KafkaLog.MetadataUnavailable(logger, e.Error.Reason);
                return _ => false;
            }
        }
    }

    private static Func<string, bool> EnsureOnce(IAdminClient admin, IReadOnlyCollection<string> topics, ILogger logger)
    {
        var existing = Existing(admin);
        foreach (var topic in topics.Where(t => !existing.Contains(t)))
        {
            var metadata = admin.GetMetadata(topic, Timeout);
            if (metadata.Topics.All(t => t.Error.Code != ErrorCode.NoError))
            {
                KafkaLog.TopicMissing(logger, topic);
            }
        }

        return existing.Contains;
    }

    private static HashSet<string> Existing(IAdminClient admin) =>
        admin.GetMetadata(Timeout).Topics
            .Where(t => t.Error.Code == ErrorCode.NoError)
            .Select(t => t.Topic)
            .ToHashSet(StringComparer.Ordinal);
}
