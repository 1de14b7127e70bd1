using Dapr.Client;
using Ecommerce.Contracts;
using Ecommerce.Contracts.Events;
using Ecommerce.Ordering.Data;
using Ecommerce.Ordering.Workflows;
using Ecommerce.ServiceDefaults.Messaging;

namespace Ecommerce.Ordering.Subscriptions;

/// <summary>inventory.stock.reserved: tell a waiting order; give the stock back if the order ended meanwhile.</summary>
public sealed partial class StockReservedHandler(
    OrderRepository orders, OrderWorkflows workflows, DaprClient dapr, TimeProvider time, ILogger<StockReservedHandler> logger)
    : ITopicHandler<StockReserved>
{
    public string? Reject(StockReserved reserved) => reserved.Lines is null ? "a reservation needs its priced lines" : null;

    public async Task<TopicStatus> HandleAsync(StockReserved reserved, CancellationToken cancellationToken)
    {
        var order = await orders.FindStandingAsync(reserved.OrderId, cancellationToken);
        switch (order?.Status)
        {
            case OrderStatus.Placed:
                await workflows.RaiseAsync(reserved.OrderId, OrderWorkflowEvents.StockReserved, reserved, cancellationToken);
                break;
            case OrderStatus.Cancelled:
                // Reserved after the order ended (timeout or cancel): give the stock back again.
                var release = new StockReleased(reserved.OrderId, order.CancellationReason ?? CancellationReasons.ReservationTimeout, time.GetUtcNow());
                await dapr.PublishOrderEventAsync(Topics.InventoryStockReleased, reserved.OrderId, release, cancellationToken);
                break;
            default:
                LogIgnored(order?.Status ?? "unknown");
                break;
        }

        return TopicStatus.Success;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ignoring a reservation: the order is {Status}")]
    private partial void LogIgnored(string status);
}
