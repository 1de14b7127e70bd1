using Ecommerce.LocalSidecar.Resiliency;

namespace Ecommerce.LocalSidecar.PubSub;

/// <summary>A pub/sub component.</summary>
public interface IPubSub : IAsyncDisposable
{
    string Name { get; }

    /// <summary>The component's own retry of a delivery that failed for good without a dead-letter topic
    /// (pubsub.kafka's consumeRetryEnabled and backOff* metadata); null when it skips such a message.</summary>
    RetryPolicy? ConsumeRetry { get; }

    /// <summary>Completes when the broker has acknowledged the message.</summary>
    Task PublishAsync(string topic, OutgoingMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// Starts delivering the topics' messages to <paramref name="handler"/>: one message at a time per partition, in
    /// order, partitions concurrently. A message is marked consumed only after its handler completes.
    /// Consumers pause while <paramref name="gate"/> is closed. Disposing the result stops delivery.
    /// </summary>
    ISubscription Subscribe(IReadOnlyCollection<string> topics, MessageHandler handler, IDeliveryGate gate);
}
