using Dapr.Workflow;

namespace Ecommerce.LocalSidecar.Workflow.Tests.Workflows;

/// <summary>Sends the "go" event to another instance (workflow-to-workflow messaging).</summary>
public sealed class SenderWorkflow : Workflow<string, string>
{
    public override Task<string> RunAsync(WorkflowContext context, string targetInstanceId)
    {
        context.SendEvent(targetInstanceId, WaitForEventWorkflow.GoEvent, "from sender");
        return Task.FromResult("sent");
    }
}
