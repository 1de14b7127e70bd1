using System.Collections.Concurrent;

namespace Ecommerce.Ordering.Tests.Infrastructure;

/// <summary>Everything the service published through its sidecar, and a switch to make publishing fail.</summary>
public sealed class PublishRecorder
{
    private readonly ConcurrentQueue<PublishedMessage> _messages = new();
    private readonly ConcurrentQueue<string> _refused = new();

    /// <summary>While set, PublishEvent answers Unavailable, as a sidecar that lost its broker would.</summary>
    public bool FailPublishes { get; set; }

    public IReadOnlyList<PublishedMessage> Messages => [.. _messages];

    public void Record(PublishedMessage message) => _messages.Enqueue(message);

    /// <summary>A publish refused while <see cref="FailPublishes"/> was set, by its partition key.</summary>
    public void RecordRefused(string partitionKey) => _refused.Enqueue(partitionKey);

    /// <summary>Waits until <paramref name="count"/> publishes for the order were refused: proof that it was retried.</summary>
    public async Task WaitForRefusedAsync(Guid orderId, int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (_refused.Count(key => key == orderId.ToString()) < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Fewer than {count} publishes were refused for order {orderId}.");
            }

            await Task.Delay(25);
        }
    }

    public IReadOnlyList<PublishedMessage> For(Guid orderId, string topic) =>
        [.. _messages.Where(m => m.Topic == topic && m.OrderId == orderId)];

    public IReadOnlyList<PublishedMessage> For(Guid orderId) => [.. _messages.Where(m => m.OrderId == orderId)];

    public async Task<PublishedMessage> WaitForAsync(Guid orderId, string topic, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < deadline)
        {
            if (For(orderId, topic) is [var first, ..])
            {
                return first;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException($"Nothing was published on {topic} for order {orderId}. Published: " +
            string.Join(", ", For(orderId).Select(m => m.Topic)));
    }
}
