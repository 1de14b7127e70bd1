using System.Diagnostics;
using System.Diagnostics.Metrics;
using Ecommerce.Ordering.Data;

namespace Ecommerce.Ordering.Telemetry;

/// <summary>
/// What Ordering knows about orders, on /metrics: every status change (order_status_transitions_total), the time from
/// placement to confirmation, and the time from placement to the final status, which is how long the order's
/// lifecycle workflow ran. Recorded once per change: the status store records only changes it actually made.
/// </summary>
public sealed class OrderingMetrics
{
    public const string MeterName = "Ecommerce.Ordering";

    private static readonly double[] Seconds = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 3600, 86400];

    private readonly Counter<long> _transitions;
    private readonly Histogram<double> _placeToConfirmed;
    private readonly Histogram<double> _workflowDuration;

    public OrderingMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _transitions = meter.CreateCounter<long>(
            "order_status_transitions",
            description: "Orders that reached a status (Placed, Confirmed, Shipped, Cancelled), with the cancellation reason");
        _placeToConfirmed = meter.CreateHistogram(
            "order_place_to_confirmed_duration_seconds",
            unit: null,
            description: "Time from an order's placement to its confirmation, in seconds",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = Seconds });
        _workflowDuration = meter.CreateHistogram(
            "order_workflow_duration_seconds",
            unit: null,
            description: "Time from an order's placement to its final status (Shipped or Cancelled): its lifecycle workflow's run, in seconds",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = Seconds });
    }

    public void Placed() => _transitions.Add(1, new KeyValuePair<string, object?>("status", OrderStatus.Placed));

    /// <summary>A status change the workflow made, at <paramref name="at"/>, of an order placed at <paramref name="placedAt"/>.</summary>
    public void Changed(string status, string? reason, DateTimeOffset placedAt, DateTimeOffset at)
    {
        var tags = new TagList { { "status", status } };
        if (reason is not null)
        {
            tags.Add("reason", reason);
        }

        _transitions.Add(1, tags);
        var elapsed = Math.Max(0, (at - placedAt).TotalSeconds);
        if (status == OrderStatus.Confirmed)
        {
            _placeToConfirmed.Record(elapsed);
        }
        else if (OrderStatus.IsFinal(status))
        {
            _workflowDuration.Record(elapsed, new KeyValuePair<string, object?>("outcome", status));
        }
    }
}
