using Ecommerce.Contracts;
using Ecommerce.Contracts.Events;
using Ecommerce.Notifications.Email;
using Ecommerce.Notifications.Email.Templates;
using Ecommerce.Notifications.Orders;
using Ecommerce.ServiceDefaults.Messaging;

namespace Ecommerce.Notifications.Subscriptions;

/// <summary>orders.confirmed: remember the order for later emails, then send the confirmation once.</summary>
public sealed class OrderConfirmedHandler(OrderSnapshotStore orders, EmailDispatcher dispatcher) : ITopicHandler<OrderConfirmed>
{
    public string? Reject(OrderConfirmed confirmed) =>
        !OrderEmail.IsAddress(confirmed.CustomerEmail) ? "the customer email is not a mail address"
        : confirmed.Lines is not { Count: > 0 } || confirmed.Lines.Any(line => line is null) ? "a confirmed order needs its lines"
        : null;

    public async Task<TopicStatus> HandleAsync(OrderConfirmed confirmed, CancellationToken cancellationToken)
    {
        await orders.SaveAsync(OrderSnapshot.From(confirmed), cancellationToken);
        return await dispatcher.SendOnceAsync(ConfirmationEmail.Render(confirmed), Topics.NotificationsEmailOrderConfirmation, cancellationToken);
    }
}
