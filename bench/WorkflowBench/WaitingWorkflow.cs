using Dapr.Workflow;

namespace Ecommerce.WorkflowBench;

/// <summary>
/// Waits for an event that does not come within the run, with a timeout, as a Confirmed order waits days for its
/// shipment: a timer due in a day stays in the store's inbox all the while.
/// </summary>
public sealed class WaitingWorkflow : Workflow<int, string>
{
    public override Task<string> RunAsync(WorkflowContext context, int input) =>
        context.WaitForExternalEventAsync<string>("shipped", TimeSpan.FromDays(1));
}
