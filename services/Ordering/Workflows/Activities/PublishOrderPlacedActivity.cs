using Dapr.Client;
using Dapr.Workflow;
using Ecommerce.Contracts;
using Ecommerce.Contracts.Events;
using Ecommerce.Ordering.Data;
using Ecommerce.ServiceDefaults.Messaging;
using Microsoft.Extensions.Hosting;

namespace Ecommerce.Ordering.Workflows.Activities;

/// <summary>
/// Publishes orders.new so Inventory reserves the stock. Answers false when the order row does not exist (its
/// placement was rolled back), which ends the workflow without touching anything.
/// </summary>
public sealed class PublishOrderPlacedActivity(OrderRepository orders, DaprClient dapr, IHostApplicationLifetime lifetime)
    : WorkflowActivity<Guid, bool>
{
    public override async Task<bool> RunAsync(WorkflowActivityContext context, Guid orderId)
    {
        var cancellationToken = lifetime.ApplicationStopping;
        var order = await orders.FindAsync(orderId, cancellationToken);
        if (order is null)
        {
            return false;
        }

        var placed = new OrderPlaced(
            order.Id,
            order.CustomerEmail,
            [.. order.Lines.Select(line => new OrderLine(line.ProductId, line.Quantity))],
            order.PlacedAt);
        await dapr.PublishOrderEventAsync(Topics.OrdersNew, orderId, placed, cancellationToken);
        return true;
    }
}
