using Dapr.Workflow;

namespace Ecommerce.LocalSidecar.Workflow.Tests.Workflows;

/// <summary>Three tracked steps, a short timer between the first two and a slow last step; returns the steps run.</summary>
public sealed class ReplicaStepsWorkflow : Workflow<string, string>
{
    public override async Task<string> RunAsync(WorkflowContext context, string key)
    {
        var first = await context.CallActivityAsync<string>(nameof(TrackedStepActivity), $"{key}/1");
        await context.CreateTimer(TimeSpan.FromMilliseconds(200));
        var second = await context.CallActivityAsync<string>(nameof(TrackedStepActivity), $"{key}/2");
        var slow = await context.CallActivityAsync<string>(nameof(TrackedStepActivity), $"{key}/slow");
        return string.Join(' ', first, second, slow);
    }
}
