using Ecommerce.Contracts;
using Ecommerce.Contracts.Events;
using Ecommerce.Notifications.Email;
using Ecommerce.Notifications.Email.Templates;
using Ecommerce.Notifications.Orders;
using Ecommerce.ServiceDefaults.Logging;
using Ecommerce.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ecommerce.Notifications.Subscriptions;

/// <summary>orders.confirmed: remember the order for later emails, then send the confirmation once.</summary>
internal static class OrderConfirmedSubscription
{
    public static async Task<Ok<TopicResponse>> HandleAsync(
        HttpRequest request, OrderSnapshotStore orders, EmailDispatcher dispatcher, ILogger<EmailDispatcher> logger,
        CancellationToken cancellationToken)
    {
        var confirmed = await request.ReadEventAsync<OrderConfirmed>(cancellationToken);
        if (confirmed is null || confirmed.OrderId == Guid.Empty || !Mailbox.IsValid(confirmed.CustomerEmail)
            || confirmed.Lines is not { Count: > 0 } || confirmed.Lines.Any(line => line is null))
        {
            return TopicResults.Drop();
        }

        using var scope = logger.BeginOrderScope(confirmed.OrderId);
        await orders.SaveAsync(OrderSnapshot.From(confirmed), cancellationToken);
        var email = new EmailRequest(
            confirmed.OrderId,
            EmailTemplates.OrderConfirmation,
            confirmed.CustomerEmail,
            ConfirmationEmail.Render(confirmed),
            Topics.NotificationsEmailOrderConfirmation);
        return (await dispatcher.SendOnceAsync(email, cancellationToken)).ToTopicResult();
    }
}
