using Ecommerce.Contracts;
using Ecommerce.Contracts.Events;
using Ecommerce.ServiceDefaults.Messaging;

namespace Ecommerce.Ordering.Subscriptions;

/// <summary>
/// Turns other services' events into the lifecycle workflow's external events. Each handler looks at the order
/// first: an unknown or finished order, or a duplicate, is acknowledged (SUCCESS) without touching the workflow.
/// </summary>
public static class OrderingSubscriptions
{
    public static IServiceCollection AddOrderingSubscriptions(this IServiceCollection services) =>
        services
            .AddSingleton<StockReservedHandler>()
            .AddSingleton<OrderCancelledHandler>()
            .AddSingleton<OrderShippedHandler>();

    public static IEndpointRouteBuilder MapOrderingSubscriptions(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapTopic<StockReserved, StockReservedHandler>(Topics.InventoryStockReserved);
        endpoints.MapTopic<OrderCancelled, OrderCancelledHandler>(Topics.OrdersCancelled);
        endpoints.MapTopic<OrderShipped, OrderShippedHandler>(Topics.FulfillmentOrderShipped);
        return endpoints;
    }
}
