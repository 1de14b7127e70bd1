using Dapr.Workflow;

namespace Ecommerce.LocalSidecar.Workflow.Tests.Workflows;

/// <summary>Runs <see cref="ChildWorkflow"/> and reports its result or its failure.</summary>
public sealed class ParentWorkflow : Workflow<ChildInput, string>
{
    public override async Task<string> RunAsync(WorkflowContext context, ChildInput input)
    {
        try
        {
            return "child said " + await context.CallChildWorkflowAsync<string>(nameof(ChildWorkflow), input);
        }
        catch (WorkflowTaskFailedException ex)
        {
            return "child failed: " + ex.FailureDetails.ErrorMessage;
        }
    }
}
