using Ecommerce.Contracts;
using Ecommerce.Contracts.Events;
using Ecommerce.Notifications.Email;
using Ecommerce.Notifications.Email.Templates;
using Ecommerce.Notifications.Orders;
using Ecommerce.ServiceDefaults.Messaging;

namespace Ecommerce.Notifications.Subscriptions;

/// <summary>
/// fulfillment.order.shipped: send the shipped email once. The event carries only ids; the recipient and lines
/// come from the orders.confirmed seen before. If it was not seen yet, RETRY until it is.
/// </summary>
public sealed partial class OrderShippedHandler(
    OrderSnapshotStore orders, EmailDispatcher dispatcher, ILogger<OrderShippedHandler> logger) : ITopicHandler<OrderShipped>
{
    public async Task<TopicStatus> HandleAsync(OrderShipped shipped, CancellationToken cancellationToken)
    {
        var order = await orders.FindAsync(shipped.OrderId, cancellationToken);
        if (order is null)
        {
            LogConfirmationNotSeen(shipped.OrderId);
            return TopicStatus.Retry;
        }

        return await dispatcher.SendOnceAsync(ShippedEmail.Render(order, shipped), Topics.NotificationsEmailOrderShipped, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderId} shipped before its confirmation reached Notifications; asking for a retry")]
    private partial void LogConfirmationNotSeen(Guid orderId);
}
