using System.Diagnostics;
using System.Diagnostics.Metrics;
using Ecommerce.ServiceDefaults.Telemetry;

namespace Ecommerce.Ordering.Telemetry;

/// <summary>
/// workflow_activity_duration_seconds: how long each run of a workflow activity took, by activity and outcome, read
/// from the span Dapr.Workflow opens around every activity it runs ("WorkflowActivity &lt;name&gt;"), so no activity
/// has to time itself. A retried activity is recorded once per attempt.
/// </summary>
public sealed class WorkflowActivityMetrics : IHostedService, IDisposable
{
    private const string SpanPrefix = "WorkflowActivity ";

    private readonly Histogram<double> _duration;
    private ActivityListener? _listener;

    public WorkflowActivityMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(OrderingMetrics.MeterName);
        _duration = meter.CreateHistogram(
            "workflow_activity_duration_seconds",
            unit: null,
            description: "Duration of one run of a workflow activity, in seconds, by activity and outcome (ok, error)",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == TelemetryExtensions.WorkflowSource,
            // Enough for the span to exist and be timed; whether it is recorded and exported stays the tracer's call.
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = Record,
        };
        ActivitySource.AddActivityListener(_listener);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        _listener?.Dispose();
        _listener = null;
    }

    private void Record(Activity activity)
    {
        if (!activity.DisplayName.StartsWith(SpanPrefix, StringComparison.Ordinal))
        {
            return;
        }

        _duration.Record(activity.Duration.TotalSeconds,
            new KeyValuePair<string, object?>("activity", activity.DisplayName[SpanPrefix.Length..]),
            new KeyValuePair<string, object?>("outcome", activity.Status == ActivityStatusCode.Error ? "error" : "ok"));
    }
}
