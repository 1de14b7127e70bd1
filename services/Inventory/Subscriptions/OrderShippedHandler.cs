using Ecommerce.Contracts.Events;
using Ecommerce.Inventory.Data;
using Ecommerce.ServiceDefaults.Messaging;

namespace Ecommerce.Inventory.Subscriptions;

/// <summary>fulfillment.order.shipped: the held units left the warehouse; the reservation becomes final.</summary>
public sealed partial class OrderShippedHandler(ReservationStore reservations, ILogger<OrderShippedHandler> logger)
    : ITopicHandler<OrderShipped>
{
    public async Task<TopicStatus> HandleAsync(OrderShipped shipped, CancellationToken cancellationToken)
    {
        var outcome = await reservations.CommitAsync(shipped.OrderId, cancellationToken);
        switch (outcome)
        {
            case CommitOutcome.UnknownOrder:
                // A shipment for an order Inventory never reserved: an operator has to look at it.
                LogUnknownOrder(shipped.OrderId);
                return TopicStatus.Drop;
            case CommitOutcome.NotHeld:
                LogNotHeld(shipped.OrderId);
                break;
            default:
                LogCommitted(shipped.OrderId, outcome);
                break;
        }

        return TopicStatus.Success;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Shipment of order {OrderId}: {Outcome}")]
    private partial void LogCommitted(Guid orderId, CommitOutcome outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderId} shipped but holds no stock (rejected or released); nothing to commit")]
    private partial void LogNotHeld(Guid orderId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Order {OrderId} shipped but Inventory never reserved it; dead-lettering the event")]
    private partial void LogUnknownOrder(Guid orderId);
}
