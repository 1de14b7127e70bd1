using Ecommerce.Contracts.Events;
using Ecommerce.Ordering.Data;
using Ecommerce.Ordering.Workflows;
using Ecommerce.ServiceDefaults.Messaging;

namespace Ecommerce.Ordering.Subscriptions;

/// <summary>fulfillment.order.shipped: tell the order's workflow, unless the order has already ended.</summary>
public sealed partial class OrderShippedHandler(
    OrderRepository orders, OrderWorkflows workflows, ILogger<OrderShippedHandler> logger) : ITopicHandler<OrderShipped>
{
    public async Task<TopicStatus> HandleAsync(OrderShipped shipped, CancellationToken cancellationToken)
    {
        var status = await orders.FindStatusAsync(shipped.OrderId, cancellationToken);
        if (status is OrderStatus.Confirmed or OrderStatus.Placed)
        {
            await workflows.RaiseAsync(shipped.OrderId, OrderWorkflowEvents.OrderShipped, shipped, cancellationToken);
        }
        else
        {
            LogIgnored(status ?? "unknown");
        }

        return TopicStatus.Success;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ignoring a shipment: the order is {Status}")]
    private partial void LogIgnored(string status);
}
