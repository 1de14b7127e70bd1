using System.Collections.Concurrent;

namespace Ecommerce.Ordering.Tests.Infrastructure;

/// <summary>Everything the service published through its sidecar, and a switch to make publishing fail.</summary>
public sealed class PublishRecorder
{
    private readonly ConcurrentQueue<PublishedMessage> _messages = new();

    /// <summary>While set, PublishEvent answers Unavailable, as a sidecar that lost its broker would.</summary>
    public bool FailPublishes { get; set; }

    public IReadOnlyList<PublishedMessage> Messages => [.. _messages];

    public void Record(PublishedMessage message) => _messages.Enqueue(message);

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
