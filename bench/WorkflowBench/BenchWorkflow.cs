using Dapr.Workflow;

namespace Ecommerce.WorkflowBench;

/// <summary>Calls <see cref="BenchActivity"/> the given number of times, one after the other.</summary>
public sealed class BenchWorkflow : Workflow<int, int>
{
    public override async Task<int> RunAsync(WorkflowContext context, int activities)
    {
        var sum = 0;
        for (var i = 0; i < activities; i++)
        {
            sum += await context.CallActivityAsync<int>(nameof(BenchActivity), i);
        }

        return sum;
    }
}
