using Dapr.Workflow;

namespace Ecommerce.LocalSidecar.Workflow.Tests.Workflows;

/// <summary>Calls <see cref="FlakyActivity"/> with a retry policy of three attempts.</summary>
public sealed class RetryingWorkflow : Workflow<FlakyInput, string>
{
    private static readonly WorkflowTaskOptions ThreeAttempts = new(new WorkflowRetryPolicy(3, TimeSpan.FromMilliseconds(200)));

    public override Task<string> RunAsync(WorkflowContext context, FlakyInput input) =>
        context.CallActivityAsync<string>(nameof(FlakyActivity), input, ThreeAttempts);
}
