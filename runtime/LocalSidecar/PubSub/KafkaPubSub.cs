using System.Text;
using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace Ecommerce.LocalSidecar.PubSub;

/// <summary><c>pubsub.kafka</c> on Confluent.Kafka: an idempotent producer with acks=all and one request in flight
/// per broker, and consumers that mark an offset only after its message reached a final outcome.</summary>
public sealed class KafkaPubSub(string name, KafkaPubSubOptions options, ILoggerFactory loggerFactory) : IPubSub
{
    private readonly Lazy<IProducer<byte[]?, byte[]>> _producer = new(() => BuildProducer(options, loggerFactory.CreateLogger<KafkaPubSub>()));

    public string Name { get; } = name;

    public Resiliency.RetryPolicy? ConsumeRetry => options.ConsumeRetry;

    public async Task PublishAsync(string topic, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var headers = new Headers();
        foreach (var (key, value) in message.Headers)
        {
            headers.Add(key, Encoding.UTF8.GetBytes(value));
        }

        var kafkaMessage = new Message<byte[]?, byte[]>
        {
            Key = message.Key is null ? null : Encoding.UTF8.GetBytes(message.Key),
            Value = message.Value,
            Headers = headers,
        };
        await _producer.Value.ProduceAsync(topic, kafkaMessage, cancellationToken);
    }

    public ISubscription Subscribe(IReadOnlyCollection<string> topics, MessageHandler handler, IDeliveryGate gate) =>
        KafkaSubscription.Start(options, topics, handler, gate, loggerFactory.CreateLogger<KafkaSubscription>());

    public ValueTask DisposeAsync()
    {
        if (_producer.IsValueCreated)
        {
            _producer.Value.Flush(TimeSpan.FromSeconds(10));
            _producer.Value.Dispose();
        }

        return ValueTask.CompletedTask;
    }

    private static IProducer<byte[]?, byte[]> BuildProducer(KafkaPubSubOptions options, ILogger logger)
    {
        var config = new ProducerConfig
        {
            BootstrapServers = options.Brokers,
            ClientId = options.ClientId,
            EnableIdempotence = true,
            Acks = Acks.All,
            LingerMs = 1,
            // With requests pipelined, librdkafka reports a refused batch delivered once a later batch of its partition
            // is acknowledged, trusting the broker to have refused that one too (OUT_OF_ORDER_SEQUENCE_NUMBER).
            // The embedded broker (librdkafka's mock) does not check the sequence numbers of a producer that is not
            // transactional, so under Produce errors a publish reported success for an event never stored.
            // tests/EmbeddedKafka.Tests/IdempotentPipeliningTests.cs shows it; one request in flight costs some throughput.
            MaxInFlight = 1,
        };
        if (options.MaxMessageBytes is { } max)
        {
            config.MessageMaxBytes = max;
        }

        return new ProducerBuilder<byte[]?, byte[]>(config)
            .SetLogHandler((_, m) => KafkaLog.Client(logger, m.Level.ToString(), m.Name, m.Message))
            .SetErrorHandler((_, e) => KafkaLog.ClientError(logger, e.Code.ToString(), e.Reason))
            .Build();
    }
}
