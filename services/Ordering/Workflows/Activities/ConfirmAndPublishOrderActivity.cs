using Dapr.Workflow;
using Ecommerce.Ordering.Data;
using Microsoft.Extensions.Hosting;

namespace Ecommerce.Ordering.Workflows.Activities;

/// <summary>
/// Placed → Confirmed (the lines priced by Inventory, the total), then orders.confirmed. One activity instead of two
/// saves an orchestrator turn and an activity round trip per order; a rerun changes nothing and publishes again,
/// which the subscribers take as the redelivery it is.
/// </summary>
public sealed class ConfirmAndPublishOrderActivity(OrderStatusStore statuses, OrderConfirmedPublisher publisher, IHostApplicationLifetime lifetime)
    : WorkflowActivity<ConfirmOrderInput, bool>
{
    public override async Task<bool> RunAsync(WorkflowActivityContext context, ConfirmOrderInput input)
    {
        var cancellationToken = lifetime.ApplicationStopping;
        await statuses.ConfirmAsync(input.OrderId, input.Lines, input.Total, input.ConfirmedAt, cancellationToken);
        return await publisher.PublishAsync(input.OrderId, cancellationToken);
    }
}
