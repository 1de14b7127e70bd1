using Dapr.Client;
using Ecommerce.Contracts;
using Ecommerce.Contracts.Events;
using Ecommerce.Fulfillment.Data;
using Ecommerce.ServiceDefaults.Messaging;

namespace Ecommerce.Fulfillment.Subscriptions;

/// <summary>
/// orders.confirmed: open the order's fulfilment (once: its id comes from the order id and the first write wins)
/// and announce it with fulfillment.order.ready. A redelivery announces the same fulfilment again while it is
/// still being processed, so an announcement lost after the save is never lost for good.
/// </summary>
public sealed partial class OrderConfirmedHandler(
    FulfillmentStore fulfillments, FulfillmentIndex index, DaprClient dapr, TimeProvider time, ILogger<OrderConfirmedHandler> logger)
    : ITopicHandler<OrderConfirmed>
{
    public string? Reject(OrderConfirmed confirmed) =>
        confirmed.Lines is not { Count: > 0 } || confirmed.Lines.Any(line => line is null) ? "a confirmed order needs its lines"
        : string.IsNullOrWhiteSpace(confirmed.ShippingAddress) ? "a confirmed order needs a shipping address"
        : null;

    public async Task<TopicStatus> HandleAsync(OrderConfirmed confirmed, CancellationToken cancellationToken)
    {
        var fulfillment = await fulfillments.CreateAsync(OrderFulfillment.Open(confirmed, time.GetUtcNow()), cancellationToken);
        if (!await index.AddAsync(FulfillmentStatus.Processing, fulfillment.Id, cancellationToken))
        {
            LogIndexContention(confirmed.OrderId);
            return TopicStatus.Retry;
        }

        if (fulfillment.Status != FulfillmentStatus.Processing)
        {
            LogAlreadyShipped(confirmed.OrderId, fulfillment.Id);
            return TopicStatus.Success;
        }

        await dapr.PublishOrderEventAsync(Topics.FulfillmentOrderReady, fulfillment.OrderId,
            new FulfillmentReady(fulfillment.Id, fulfillment.OrderId, fulfillment.CreatedAt), cancellationToken);
        LogReady(confirmed.OrderId, fulfillment.Id);
        return TopicStatus.Success;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Fulfilment {FulfillmentId} of order {OrderId} is ready")]
    private partial void LogReady(Guid orderId, Guid fulfillmentId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId} confirmed again after fulfilment {FulfillmentId} shipped; nothing to do")]
    private partial void LogAlreadyShipped(Guid orderId, Guid fulfillmentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The fulfilment index stayed contended for order {OrderId}; asking for redelivery")]
    private partial void LogIndexContention(Guid orderId);
}
