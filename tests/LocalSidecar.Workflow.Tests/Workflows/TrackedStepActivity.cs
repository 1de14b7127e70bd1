using System.Collections.Concurrent;
using Dapr.Workflow;
using Ecommerce.LocalSidecar.Workflow.Tests.Infrastructure;

namespace Ecommerce.LocalSidecar.Workflow.Tests.Workflows;

/// <summary>
/// One step of <see cref="ReplicaStepsWorkflow"/>: records which replica ran it, how often, and whether another step
/// of the same instance was running at the same moment (a sequential workflow never has two).
/// </summary>
public sealed class TrackedStepActivity(WorkflowAppName app) : WorkflowActivity<string, string>
{
    private static readonly ConcurrentDictionary<string, int> Running = new();
    private static readonly ConcurrentDictionary<string, ConcurrentQueue<string>> RunsByStep = new();
    private static readonly ConcurrentDictionary<string, byte> Overlapped = new();

    /// <summary>Instances among <paramref name="ids"/> that had two steps running at once.</summary>
    public static IReadOnlyList<string> OverlapsAmong(IEnumerable<string> ids) => [.. ids.Where(Overlapped.ContainsKey)];

    /// <summary>The replicas that ran the step, once per run.</summary>
    public static IReadOnlyList<string> RunsOf(string step) => RunsByStep.TryGetValue(step, out var runs) ? [.. runs] : [];

    public static bool Started(string step) => RunsByStep.ContainsKey(step);

    public override async Task<string> RunAsync(WorkflowActivityContext context, string step)
    {
        RunsByStep.GetOrAdd(step, _ => new ConcurrentQueue<string>()).Enqueue(app.Value);
        if (Running.AddOrUpdate(context.InstanceId, 1, (_, n) => n + 1) > 1)
        {
            Overlapped.TryAdd(context.InstanceId, 0);
        }

        try
        {
            await Task.Delay(step.EndsWith("/slow", StringComparison.Ordinal) ? TimeSpan.FromSeconds(2) : TimeSpan.FromMilliseconds(20));
            return step;
        }
        finally
        {
            Running.AddOrUpdate(context.InstanceId, 0, (_, n) => n - 1);
        }
    }
}
