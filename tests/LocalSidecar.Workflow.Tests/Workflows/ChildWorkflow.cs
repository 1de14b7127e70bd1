using Dapr.Workflow;

namespace Ecommerce.LocalSidecar.Workflow.Tests.Workflows;

public sealed class ChildWorkflow : Workflow<ChildInput, string>
{
    public override Task<string> RunAsync(WorkflowContext context, ChildInput input) =>
        input.Fail
            ? throw new InvalidOperationException($"Child refused '{input.Value}'.")
            : Task.FromResult(input.Value.ToUpperInvariant());
}
