using Dapr.Workflow;
using Ecommerce.Ordering.Data;
using Microsoft.Extensions.Hosting;

namespace Ecommerce.Ordering.Workflows.Activities;

/// <summary>
/// Placed → Confirmed, with the lines priced by Inventory and the total. A second run changes nothing. Only
/// instances that confirmed before <see cref="OrderLifecycleWorkflow.ConfirmPublishes"/> still call it.
/// </summary>
public sealed class ConfirmOrderActivity(OrderStatusStore statuses, IHostApplicationLifetime lifetime)
    : WorkflowActivity<ConfirmOrderInput, bool>
{
    public override Task<bool> RunAsync(WorkflowActivityContext context, ConfirmOrderInput input) =>
        statuses.ConfirmAsync(input.OrderId, input.Lines, input.Total, input.ConfirmedAt, lifetime.ApplicationStopping);
}
