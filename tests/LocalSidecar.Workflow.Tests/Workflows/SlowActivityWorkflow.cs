using Dapr.Workflow;

namespace Ecommerce.LocalSidecar.Workflow.Tests.Workflows;

public sealed class SlowActivityWorkflow : Workflow<string, string>
{
    public override Task<string> RunAsync(WorkflowContext context, string key) =>
        context.CallActivityAsync<string>(nameof(SlowActivity), key);
}
