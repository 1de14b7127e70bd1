using Dapr.Client;
using Ecommerce.Contracts;
using Ecommerce.Contracts.Events;
using Ecommerce.Ordering.Data;
using Ecommerce.ServiceDefaults.Messaging;

namespace Ecommerce.Ordering.Workflows.Activities;

/// <summary>
/// Publishes orders.confirmed from what the order row holds (customer, address, priced lines, total), so
/// Fulfillment and Notifications get one consistent picture however often it runs.
/// </summary>
public sealed class OrderConfirmedPublisher(OrderRepository orders, DaprClient dapr)
{
    /// <returns>False if the order is not Confirmed (nothing is published).</returns>
    public async Task<bool> PublishAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var order = await orders.FindAsync(orderId, cancellationToken);
        if (order is not { Status: OrderStatus.Confirmed, Total: { } total })
        {
            return false;
        }

        var confirmed = new OrderConfirmed(
            order.Id,
            order.CustomerEmail,
            order.ShippingAddress,
            [.. order.Lines.Select(line => Priced(orderId, line))],
            total,
            order.Timeline.First(entry => entry.Status == OrderStatus.Confirmed).OccurredAt);
        await dapr.PublishOrderEventAsync(Topics.OrdersConfirmed, orderId, confirmed, cancellationToken);
        return true;
    }

    // A confirmed order's lines were priced by its reservation; one without a price is a bug to see, not a free item.
    private static PricedLine Priced(Guid orderId, OrderLineDetails line) =>
        line is { ProductName: { } name, UnitPrice: { } price }
            ? new PricedLine(line.ProductId, name, line.Quantity, price)
            : throw new InvalidOperationException($"Order {orderId} is Confirmed but its line {line.ProductId} has no name or price.");
}
