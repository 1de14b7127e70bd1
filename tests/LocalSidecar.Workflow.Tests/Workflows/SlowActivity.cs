using System.Collections.Concurrent;
using Dapr.Workflow;

namespace Ecommerce.LocalSidecar.Workflow.Tests.Workflows;

/// <summary>Takes a while, counting its runs per key (to observe redelivery after a crash).</summary>
public sealed class SlowActivity : WorkflowActivity<string, string>
{
    private static readonly ConcurrentDictionary<string, int> Runs = new();

    public static int RunsOf(string key) => Runs.GetValueOrDefault(key);

    public override async Task<string> RunAsync(WorkflowActivityContext context, string key)
    {
        var run = Runs.AddOrUpdate(key, 1, (_, n) => n + 1);
        await Task.Delay(TimeSpan.FromSeconds(3));
        return $"run {run} done";
    }
}
