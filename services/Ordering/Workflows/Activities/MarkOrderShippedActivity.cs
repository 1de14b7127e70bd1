using Dapr.Workflow;
using Ecommerce.Ordering.Data;
using Microsoft.Extensions.Hosting;

namespace Ecommerce.Ordering.Workflows.Activities;

/// <summary>Confirmed → Shipped. A second run changes nothing.</summary>
public sealed class MarkOrderShippedActivity(OrderStatusStore statuses, IHostApplicationLifetime lifetime)
    : WorkflowActivity<MarkOrderShippedInput, bool>
{
    public override Task<bool> RunAsync(WorkflowActivityContext context, MarkOrderShippedInput input) =>
        statuses.MarkShippedAsync(input.OrderId, input.ShippedAt, lifetime.ApplicationStopping);
}
