using Dapr.Client;
using Dapr.Workflow;
using Ecommerce.Contracts;
using Ecommerce.Contracts.Events;
using Ecommerce.Ordering.Data;
using Ecommerce.ServiceDefaults.Messaging;
using Microsoft.Extensions.Hosting;

namespace Ecommerce.Ordering.Workflows.Activities;

/// <summary>
/// Publishes the customer-facing orders.cancelled, WITH the customer's email. Ordering is the only publisher of
/// that form; Inventory's rejection (CustomerEmail null) is an internal signal Ordering turns into this one.
/// </summary>
public sealed class PublishOrderCancelledActivity(OrderRepository orders, DaprClient dapr, IHostApplicationLifetime lifetime)
    : WorkflowActivity<Guid, bool>
{
    public override async Task<bool> RunAsync(WorkflowActivityContext context, Guid orderId)
    {
        var cancellationToken = lifetime.ApplicationStopping;
        var order = await orders.FindAsync(orderId, cancellationToken);
        if (order is not { Status: OrderStatus.Cancelled })
        {
            return false;
        }

        var entry = order.Timeline.First(e => e.Status == OrderStatus.Cancelled);
        var cancelled = new OrderCancelled(
            order.Id,
            entry.Reason ?? order.CancellationReason
                ?? throw new InvalidOperationException($"Order {order.Id} is Cancelled without a reason."),
            entry.Detail,
            order.CustomerEmail,
            entry.OccurredAt);
        await dapr.PublishOrderEventAsync(Topics.OrdersCancelled, orderId, cancelled, cancellationToken);
        return true;
    }
}
