using Dapr.Workflow;

namespace Ecommerce.WorkflowBench;

public sealed class BenchActivity : WorkflowActivity<int, int>
{
    public override Task<int> RunAsync(WorkflowActivityContext context, int input) => Task.FromResult(input + 1);
}
