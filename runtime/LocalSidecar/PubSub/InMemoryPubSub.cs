using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Ecommerce.LocalSidecar.PubSub;

/// <summary><c>pubsub.in-memory</c>: delivers within this sidecar only; one ordered queue per topic and subscription.</summary>
public sealed class InMemoryPubSub(string name) : IPubSub
{
    private readonly ConcurrentDictionary<string, ImmutableSubscribers> _topics = new(StringComparer.Ordinal);
    private long _offset;

    public string Name { get; } = name;

    public Resiliency.RetryPolicy? ConsumeRetry => null;

    public async Task PublishAsync(string topic, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var offset = Interlocked.Increment(ref _offset);
        var metadata = new Dictionary<string, string>(message.Headers, StringComparer.Ordinal) { ["__topic"] = topic, ["__offset"] = offset.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (message.Key is not null)
        {
            metadata["__key"] = message.Key;
        }

        var incoming = new IncomingMessage(topic, message.Value, metadata);
        foreach (var queue in _topics.GetValueOrDefault(topic)?.Queues ?? [])
        {
            await queue.Writer.WriteAsync(incoming, cancellationToken);
        }
    }

    public ISubscription Subscribe(IReadOnlyCollection<string> topics, MessageHandler handler, IDeliveryGate gate)
    {
        var subscription = new InMemorySubscription(handler);
        foreach (var topic in topics)
        {
            _topics.AddOrUpdate(topic, _ => new ImmutableSubscribers([subscription.Queue]), (_, s) => new ImmutableSubscribers([.. s.Queues, subscription.Queue]));
        }

        return new Unsubscriber(this, topics, subscription);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private sealed record ImmutableSubscribers(IReadOnlyList<Channel<IncomingMessage>> Queues);

    private sealed class Unsubscriber(InMemoryPubSub owner, IReadOnlyCollection<string> topics, InMemorySubscription subscription) : ISubscription
    {
        // Publishing writes straight into the subscriber's queue: live as soon as it is registered.
        public Task Live => Task.CompletedTask;

        public async ValueTask DisposeAsync()
        {
            foreach (var topic in topics)
            {
                owner._topics.AddOrUpdate(topic, _ => new ImmutableSubscribers([]), (_, s) => new ImmutableSubscribers(s.Queues.Where(q => q != subscription.Queue).ToList()));
            }

            await subscription.DisposeAsync();
        }
    }
}
