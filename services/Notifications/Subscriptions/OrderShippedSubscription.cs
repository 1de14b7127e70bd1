using Ecommerce.Contracts;
using Ecommerce.Contracts.Events;
using Ecommerce.Notifications.Email;
using Ecommerce.Notifications.Email.Templates;
using Ecommerce.Notifications.Orders;
using Ecommerce.ServiceDefaults.Logging;
using Ecommerce.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ecommerce.Notifications.Subscriptions;

/// <summary>
/// fulfillment.order.shipped: send the shipped email once. The event carries only ids; the recipient and lines
/// come from the orders.confirmed seen before. If it was not seen yet, RETRY until it is.
/// </summary>
internal static partial class OrderShippedSubscription
{
    public static async Task<Ok<TopicResponse>> HandleAsync(
        HttpRequest request, OrderSnapshotStore orders, EmailDispatcher dispatcher, ILogger<EmailDispatcher> logger,
        CancellationToken cancellationToken)
    {
        var shipped = await request.ReadEventAsync<OrderShipped>(cancellationToken);
        if (shipped is null || shipped.OrderId == Guid.Empty)
        {
            return TopicResults.Drop();
        }

        using var scope = logger.BeginOrderScope(shipped.OrderId);
        var order = await orders.FindAsync(shipped.OrderId, cancellationToken);
        if (order is null)
        {
            LogConfirmationNotSeen(logger, shipped.OrderId);
            return TopicResults.Retry();
        }

        var email = new EmailRequest(
            order.OrderId,
            EmailTemplates.OrderShipped,
            order.CustomerEmail,
            ShippedEmail.Render(order, shipped),
            Topics.NotificationsEmailOrderShipped);
        return (await dispatcher.SendOnceAsync(email, cancellationToken)).ToTopicResult();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderId} shipped before its confirmation reached Notifications; asking for a retry")]
    private static partial void LogConfirmationNotSeen(ILogger logger, Guid orderId);
}
