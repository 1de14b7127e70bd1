using Dapr.Workflow;

namespace Ecommerce.LocalSidecar.Workflow.Tests.Workflows;

/// <summary>Counts to a limit by continuing as new once per step.</summary>
public sealed class CounterWorkflow : Workflow<CounterState, int>
{
    public override Task<int> RunAsync(WorkflowContext context, CounterState state)
    {
        if (state.Count < state.Limit)
        {
            context.ContinueAsNew(state with { Count = state.Count + 1 });
        }

        return Task.FromResult(state.Count);
    }
}
