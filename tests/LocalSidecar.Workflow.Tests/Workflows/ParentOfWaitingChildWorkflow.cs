using Dapr.Workflow;

namespace Ecommerce.LocalSidecar.Workflow.Tests.Workflows;

/// <summary>Starts a child with a known id that waits forever (for the recursive terminate test).</summary>
public sealed class ParentOfWaitingChildWorkflow : Workflow<string, string>
{
    public override Task<string> RunAsync(WorkflowContext context, string childInstanceId) =>
        context.CallChildWorkflowAsync<string>(nameof(WaitForEventWorkflow), "child", new ChildWorkflowTaskOptions(childInstanceId));
}
