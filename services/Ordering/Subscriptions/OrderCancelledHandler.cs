using Ecommerce.Contracts.Events;
using Ecommerce.Ordering.Data;
using Ecommerce.Ordering.Workflows;
using Ecommerce.ServiceDefaults.Messaging;

namespace Ecommerce.Ordering.Subscriptions;

/// <summary>orders.cancelled from Inventory (no customer email): the stock was refused; tell the waiting order.</summary>
public sealed partial class OrderCancelledHandler(
    OrderRepository orders, OrderWorkflows workflows, ILogger<OrderCancelledHandler> logger) : ITopicHandler<OrderCancelled>
{
    public string? Reject(OrderCancelled cancelled) =>
        string.IsNullOrWhiteSpace(cancelled.Reason) ? "a cancellation needs a reason" : null;

    public async Task<TopicStatus> HandleAsync(OrderCancelled cancelled, CancellationToken cancellationToken)
    {
        if (cancelled.CustomerEmail is not null)
        {
            // Ordering's own customer-facing event, seen again on the shared topic.
            return TopicStatus.Success;
        }

        var status = await orders.FindStatusAsync(cancelled.OrderId, cancellationToken);
        if (status == OrderStatus.Placed)
        {
            await workflows.RaiseAsync(cancelled.OrderId, OrderWorkflowEvents.StockRejected, cancelled, cancellationToken);
        }
        else
        {
            LogIgnored(status ?? "unknown");
        }

        return TopicStatus.Success;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ignoring a stock rejection: the order is {Status}")]
    private partial void LogIgnored(string status);
}
