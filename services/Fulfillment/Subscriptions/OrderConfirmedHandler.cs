using Dapr;
using Dapr.Client;
using Ecommerce.Contracts;
using Ecommerce.Contracts.Events;
using Ecommerce.Fulfillment.Data;
using Ecommerce.ServiceDefaults.Logging;
using Ecommerce.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ecommerce.Fulfillment.Subscriptions;

/// <summary>
/// orders.confirmed: open the order's fulfilment (once: its id comes from the order id and the first write wins)
/// and announce it with fulfillment.order.ready. A redelivery announces the same fulfilment again while it is
/// still being processed, so an announcement lost after the save is never lost for good.
/// </summary>
public sealed partial class OrderConfirmedHandler(
    FulfillmentStore fulfillments, DaprClient dapr, TimeProvider time, ILogger<OrderConfirmedHandler> logger)
{
    public async Task<Ok<TopicResponse>> HandleAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var confirmed = await request.ReadEventAsync<OrderConfirmed>(cancellationToken);
        if (confirmed is null || confirmed.OrderId == Guid.Empty || confirmed.Lines is not { Count: > 0 }
            || confirmed.Lines.Any(line => line is null) || string.IsNullOrWhiteSpace(confirmed.ShippingAddress))
        {
            LogPoison(Topics.OrdersConfirmed);
            return TopicResults.Drop();
        }

        using var scope = logger.BeginOrderScope(confirmed.OrderId);
        try
        {
            var fulfillment = await fulfillments.CreateAsync(OrderFulfillment.Open(confirmed, time.GetUtcNow()), cancellationToken);
            if (!await fulfillments.IndexAsync(fulfillment.Id, cancellationToken))
            {
                LogIndexContention(confirmed.OrderId);
                return TopicResults.Retry();
            }

            if (fulfillment.Status != FulfillmentStatus.Processing)
            {
                LogAlreadyShipped(confirmed.OrderId, fulfillment.Id);
                return TopicResults.Success();
            }

            await dapr.PublishOrderEventAsync(Topics.FulfillmentOrderReady, fulfillment.OrderId,
                new FulfillmentReady(fulfillment.Id, fulfillment.OrderId, fulfillment.CreatedAt), cancellationToken);
            LogReady(confirmed.OrderId, fulfillment.Id);
            return TopicResults.Success();
        }
        catch (DaprException exception)
        {
            LogRetry(exception, confirmed.OrderId);
            return TopicResults.Retry();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Fulfilment {FulfillmentId} of order {OrderId} is ready")]
    private partial void LogReady(Guid orderId, Guid fulfillmentId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId} confirmed again after fulfilment {FulfillmentId} shipped; nothing to do")]
    private partial void LogAlreadyShipped(Guid orderId, Guid fulfillmentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The fulfilment index stayed contended for order {OrderId}; asking for redelivery")]
    private partial void LogIndexContention(Guid orderId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropping a {Topic} event that is not a well-formed confirmed order")]
    private partial void LogPoison(string topic);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not open the fulfilment of order {OrderId} now; asking for redelivery")]
    private partial void LogRetry(Exception exception, Guid orderId);
}
