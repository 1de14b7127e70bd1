namespace Ecommerce.LocalSidecar.PubSub;

/// <summary>A pub/sub component.</summary>
public interface IPubSub : IAsyncDisposable
{
    string Name { get; }

    /// <summary>Completes when the broker has acknowledged the message.</summary>
    Task PublishAsync(string topic, OutgoingMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// Starts delivering the topics' messages to <paramref name="handler"/>: one message at a time per partition, in
    /// order, partitions concurrently. A message is marked consumed only after its handler completes.
    /// Disposing the result stops delivery.
    /// </summary>
    IAsyncDisposable Subscribe(IReadOnlyCollection<string> topics, MessageHandler handler);
}
