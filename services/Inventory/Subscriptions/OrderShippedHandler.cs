using Ecommerce.Contracts;
using Ecommerce.Contracts.Events;
using Ecommerce.Inventory.Data;
using Ecommerce.ServiceDefaults.Logging;
using Ecommerce.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Ecommerce.Inventory.Subscriptions;

/// <summary>fulfillment.order.shipped: the held units left the warehouse; the reservation becomes final.</summary>
public sealed partial class OrderShippedHandler(ReservationStore reservations, ILogger<OrderShippedHandler> logger)
{
    public async Task<Ok<TopicResponse>> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var shipped = await request.ReadEventAsync<OrderShipped>(cancellationToken);
        if (shipped is null || shipped.OrderId == Guid.Empty)
        {
            LogPoison(Topics.FulfillmentOrderShipped);
            return TopicResults.Drop();
        }

        using var scope = logger.BeginOrderScope(shipped.OrderId);
        try
        {
            var outcome = await reservations.CommitAsync(shipped.OrderId, cancellationToken);
            switch (outcome)
            {
                case CommitOutcome.UnknownOrder:
                    // A shipment for an order Inventory never reserved: an operator has to look at it.
                    LogUnknownOrder(shipped.OrderId);
                    return TopicResults.Drop();
                case CommitOutcome.NotHeld:
                    LogNotHeld(shipped.OrderId);
                    break;
                default:
                    LogCommitted(shipped.OrderId, outcome);
                    break;
            }

            return TopicResults.Success();
        }
        catch (NpgsqlException exception)
        {
            LogRetry(exception, shipped.OrderId);
            return TopicResults.Retry();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Shipment of order {OrderId}: {Outcome}")]
    private partial void LogCommitted(Guid orderId, CommitOutcome outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderId} shipped but holds no stock (rejected or released); nothing to commit")]
    private partial void LogNotHeld(Guid orderId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Order {OrderId} shipped but Inventory never reserved it; dead-lettering the event")]
    private partial void LogUnknownOrder(Guid orderId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropping a {Topic} event that is not a well-formed shipment")]
    private partial void LogPoison(string topic);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not commit the stock of order {OrderId} now; asking for redelivery")]
    private partial void LogRetry(Exception exception, Guid orderId);
}
