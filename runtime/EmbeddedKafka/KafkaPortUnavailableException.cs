namespace Ecommerce.EmbeddedKafka;

/// <summary>A broker port could not be bound, usually because another process holds it.</summary>
public sealed class KafkaPortUnavailableException(int port, Exception innerException)
    : Exception($"Port {port} for a Kafka broker is not available on 127.0.0.1: {innerException.Message}", innerException)
{
    public int Port { get; } = port;
}
