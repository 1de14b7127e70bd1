using Dapr.Client;
using Ecommerce.Contracts;
using Ecommerce.Contracts.Events;
using Ecommerce.Inventory.Data;
using Ecommerce.ServiceDefaults.Messaging;

namespace Ecommerce.Inventory.Subscriptions;

/// <summary>
/// orders.new: reserve every line or none, then answer with inventory.stock.reserved or orders.cancelled.
/// A redelivery publishes the stored answer again, so an answer lost between commit and publish is never lost.
/// </summary>
public sealed partial class OrderPlacedHandler(
    ReservationStore reservations, DaprClient dapr, ILogger<OrderPlacedHandler> logger) : ITopicHandler<OrderPlaced>
{
    public string? Reject(OrderPlaced order) =>
        order.Lines is { Count: > 0 }
        && order.Lines.All(line => line is not null && !string.IsNullOrWhiteSpace(line.ProductId) && line.Quantity > 0)
            ? null
            : "an order needs at least one line, each with a product id and a positive quantity";

    public async Task<TopicStatus> HandleAsync(OrderPlaced order, CancellationToken cancellationToken)
    {
        var decision = await reservations.ReserveAsync(order, cancellationToken);
        switch (decision.Status)
        {
            case ReservationStatus.Reserved:
                LogReserved(decision.OrderId, decision.Lines.Count, decision.Total, decision.Replayed);
                await dapr.PublishOrderEventAsync(Topics.InventoryStockReserved, decision.OrderId,
                    new StockReserved(decision.OrderId, decision.Lines, decision.Total, decision.DecidedAt), cancellationToken);
                break;
            case ReservationStatus.Rejected:
                LogRejected(decision.OrderId, decision.Reason, decision.Detail, decision.Replayed);
                await dapr.PublishOrderEventAsync(Topics.OrdersCancelled, decision.OrderId,
                    new OrderCancelled(decision.OrderId, decision.Reason!, decision.Detail, CustomerEmail: null, decision.DecidedAt),
                    cancellationToken);
                break;
            default:
                // Released (possibly before the order arrived) or shipped: the order has moved on, nobody waits for an answer.
                LogNoAnswer(decision.OrderId, decision.Status);
                break;
        }

        return TopicStatus.Success;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reserved {LineCount} line(s) for order {OrderId}, total {Total} (replayed: {Replayed})")]
    private partial void LogReserved(Guid orderId, int lineCount, decimal total, bool replayed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rejected order {OrderId}: {Reason} {Detail} (replayed: {Replayed})")]
    private partial void LogRejected(Guid orderId, string? reason, string? detail, bool replayed);

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId} arrived when its stock was already {Status}; nothing to reserve or answer")]
    private partial void LogNoAnswer(Guid orderId, string status);
}
