using System.Diagnostics;
using Dapr.Workflow;

namespace Ecommerce.WorkflowBench;

/// <summary>Starts the workflows, waits for all of them and reports throughput and per-workflow durations.</summary>
public static class BenchRun
{
    public static async Task<BenchResult> ExecuteAsync(DaprWorkflowClient client, BenchSettings settings, string prefix)
    {
        var runId = Guid.NewGuid().ToString("N")[..8];
        var ids = Enumerable.Range(0, settings.Workflows).Select(i => $"{prefix}-{runId}-{i}").ToArray();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = settings.StartParallelism };
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(ids, parallel, async (id, ct) =>
            await client.ScheduleNewWorkflowAsync(nameof(BenchWorkflow), id, settings.Activities, null, ct));
        var started = clock.Elapsed;

        var states = new WorkflowState[ids.Length];
        await Parallel.ForEachAsync(Enumerable.Range(0, ids.Length), parallel, async (i, ct) =>
            states[i] = await client.WaitForWorkflowCompletionAsync(ids[i], getInputsAndOutputs: false, ct));
        var elapsed = clock.Elapsed;

        var failed = states.Count(s => s.RuntimeStatus != WorkflowRuntimeStatus.Completed);
        var durations = states.Select(s => s.LastUpdatedAt - s.CreatedAt).Order().ToArray();
        return new BenchResult(settings, started, elapsed, failed, Percentile(durations, 0.50), Percentile(durations, 0.99));
    }

    private static TimeSpan Percentile(TimeSpan[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
