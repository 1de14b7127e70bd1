using System.Collections.Concurrent;

namespace Ecommerce.LocalSidecar.Tests.Infrastructure;

/// <summary>What a subscriber saw, in arrival order, with the Kafka key header daprd sends.</summary>
public sealed class ReceivedEvents
{
    private readonly ConcurrentQueue<(OrderEvent Event, string? Key)> _events = new();

    public int Count => _events.Count;

    public int DistinctCount => _events.Select(e => e.Event).Distinct().Count();

    public void Add(OrderEvent e, string? key) => _events.Enqueue((e, key));

    /// <summary>Every published event arrived, each under its own key as Kafka key, and per key in publish order
    /// (a redelivered duplicate may repeat an earlier event, as at-least-once allows).</summary>
    public void AssertComplete(IReadOnlyCollection<OrderEvent> published)
    {
        var events = _events.ToList();
        Assert.Equal(published.ToHashSet(), events.Select(e => e.Event).ToHashSet());
        Assert.All(events, e => Assert.Equal(e.Event.OrderId, e.Key));
        foreach (var key in events.GroupBy(e => e.Event.OrderId))
        {
            var highest = -1;
            foreach (var (e, _) in key)
            {
                Assert.True(e.Sequence > highest || events.Count(x => x.Event == e) > 1, $"{e} arrived after sequence {highest} of the same key");
                highest = Math.Max(highest, e.Sequence);
            }
        }
    }
}
