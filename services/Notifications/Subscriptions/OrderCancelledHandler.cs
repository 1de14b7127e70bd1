using Ecommerce.Contracts.Events;
using Ecommerce.Notifications.Email;
using Ecommerce.Notifications.Email.Templates;
using Ecommerce.Notifications.Orders;
using Ecommerce.ServiceDefaults.Messaging;

namespace Ecommerce.Notifications.Subscriptions;

/// <summary>
/// orders.cancelled: mail the customer once. Only Ordering's cancellation carries the customer's email; Inventory's
/// rejection (no email) is for Ordering, and the customer hears of it through Ordering's own cancellation.
/// </summary>
public sealed class OrderCancelledHandler(OrderSnapshotStore orders, EmailDispatcher dispatcher) : ITopicHandler<OrderCancelled>
{
    public string? Reject(OrderCancelled cancelled) =>
        string.IsNullOrWhiteSpace(cancelled.Reason) ? "a cancellation needs a reason"
        : cancelled.CustomerEmail is not null && !OrderEmail.IsAddress(cancelled.CustomerEmail) ? "the customer email is not a mail address"
        : null;

    public async Task<TopicStatus> HandleAsync(OrderCancelled cancelled, CancellationToken cancellationToken)
    {
        if (cancelled.CustomerEmail is not { } recipient)
        {
            return TopicStatus.Success;
        }

        var confirmed = await orders.FindAsync(cancelled.OrderId, cancellationToken);
        return await dispatcher.SendOnceAsync(CancellationEmail.Render(cancelled, recipient, confirmed), sentTopic: null, cancellationToken);
    }
}
