using Dapr.Workflow;
using Ecommerce.Ordering.Data;
using Microsoft.Extensions.Hosting;

namespace Ecommerce.Ordering.Workflows.Activities;

/// <summary>Placed or Confirmed → Cancelled with its reason. A second run changes nothing.</summary>
public sealed class CancelOrderActivity(OrderStatusStore statuses, IHostApplicationLifetime lifetime)
    : WorkflowActivity<CancelOrderInput, bool>
{
    public override Task<bool> RunAsync(WorkflowActivityContext context, CancelOrderInput input) =>
        statuses.CancelAsync(input.OrderId, input.Reason, input.Detail, input.CancelledAt, lifetime.ApplicationStopping);
}
