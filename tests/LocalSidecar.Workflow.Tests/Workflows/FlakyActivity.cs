using System.Collections.Concurrent;
using Dapr.Workflow;

namespace Ecommerce.LocalSidecar.Workflow.Tests.Workflows;

public sealed class FlakyActivity : WorkflowActivity<FlakyInput, string>
{
    private static readonly ConcurrentDictionary<string, int> Attempts = new();

    public static int AttemptsOf(string key) => Attempts.GetValueOrDefault(key);

    public override Task<string> RunAsync(WorkflowActivityContext context, FlakyInput input)
    {
        var attempt = Attempts.AddOrUpdate(input.Key, 1, (_, n) => n + 1);
        if (attempt <= input.Failures)
        {
            throw new InvalidOperationException($"Attempt {attempt} of '{input.Key}' failed on purpose.");
        }

        return Task.FromResult($"succeeded on attempt {attempt}");
    }
}
