using System.Diagnostics.Metrics;

namespace Ecommerce.ServiceDefaults.Messaging;

/// <summary>The seed's per-topic processing histogram, exported as kafka_message_processing_duration.</summary>
public sealed class MessagingMetrics
{
    public const string MeterName = "Ecommerce.Messaging";

    private readonly Histogram<double> _processingDuration;

    public MessagingMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _processingDuration = meter.CreateHistogram(
            "kafka_message_processing_duration",
            unit: null,
            description: "Duration of processing Kafka messages, in seconds",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 0.5, 1, 2, 5] });
    }

    /// <summary>Records one delivery; a null outcome is a handler that threw (answered 500, retried by daprd).</summary>
    public void RecordProcessing(string topic, TopicStatus? outcome, TimeSpan duration) =>
        _processingDuration.Record(duration.TotalSeconds,
            new KeyValuePair<string, object?>("topic", topic),
            new KeyValuePair<string, object?>("outcome", outcome is { } status ? TopicResponse.Of(status).Status : "error"));
}
