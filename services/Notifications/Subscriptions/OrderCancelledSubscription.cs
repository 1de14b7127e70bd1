using Ecommerce.Contracts.Events;
using Ecommerce.Notifications.Email;
using Ecommerce.Notifications.Email.Templates;
using Ecommerce.Notifications.Orders;
using Ecommerce.ServiceDefaults.Logging;
using Ecommerce.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ecommerce.Notifications.Subscriptions;

/// <summary>
/// orders.cancelled: mail the customer once. Only Ordering's cancellation carries the customer's email; Inventory's
/// rejection (no email) is for Ordering, and the customer hears of it through Ordering's own cancellation.
/// </summary>
internal static class OrderCancelledSubscription
{
    public static async Task<Ok<TopicResponse>> HandleAsync(
        HttpRequest request, OrderSnapshotStore orders, EmailDispatcher dispatcher, ILogger<EmailDispatcher> logger,
        CancellationToken cancellationToken)
    {
        var cancelled = await request.ReadEventAsync<OrderCancelled>(cancellationToken);
        if (cancelled is null || cancelled.OrderId == Guid.Empty || string.IsNullOrWhiteSpace(cancelled.Reason))
        {
            return TopicResults.Drop();
        }

        if (cancelled.CustomerEmail is null)
        {
            return TopicResults.Success();
        }

        if (!Mailbox.IsValid(cancelled.CustomerEmail))
        {
            return TopicResults.Drop();
        }

        using var scope = logger.BeginOrderScope(cancelled.OrderId);
        var confirmed = await orders.FindAsync(cancelled.OrderId, cancellationToken);
        var email = new EmailRequest(
            cancelled.OrderId,
            EmailTemplates.OrderCancelled,
            cancelled.CustomerEmail,
            CancellationEmail.Render(cancelled, confirmed),
            SentTopic: null);
        return (await dispatcher.SendOnceAsync(email, cancellationToken)).ToTopicResult();
    }
}
