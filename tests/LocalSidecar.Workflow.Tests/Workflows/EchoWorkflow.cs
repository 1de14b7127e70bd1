using Dapr.Workflow;

namespace Ecommerce.LocalSidecar.Workflow.Tests.Workflows;

public sealed class EchoWorkflow : Workflow<string, string>
{
    public override Task<string> RunAsync(WorkflowContext context, string input) => Task.FromResult(input);
}
