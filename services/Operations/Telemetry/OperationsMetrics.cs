using System.Diagnostics.Metrics;
using Ecommerce.Contracts;

namespace Ecommerce.Operations.Telemetry;

/// <summary>
/// Dead letters on /metrics, by original topic: dead_letters_stored_total once per dead letter kept (a redelivered
/// copy is not counted again), dead_letters_replayed_total once per replay published.
/// </summary>
public sealed class OperationsMetrics
{
    public const string MeterName = "Ecommerce.Operations";

    private readonly Counter<long> _stored;
    private readonly Counter<long> _replayed;

    public OperationsMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _stored = meter.CreateCounter<long>("dead_letters_stored", description: "Dead letters kept, by the topic they were meant for");
        _replayed = meter.CreateCounter<long>("dead_letters_replayed", description: "Dead letters replayed to the topic they were meant for");
    }

    public void Stored(string topic) => _stored.Add(1, TopicTag(topic));

    public void Replayed(string topic) => _replayed.Add(1, TopicTag(topic));

    // The topic is read from the message: anything but a known topic is one label value, so a stray message cannot
    // add series without bound.
    private static KeyValuePair<string, object?> TopicTag(string topic) =>
        new("topic", Topics.All.Contains(topic) ? topic : "other");
}
