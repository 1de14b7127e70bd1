using Ecommerce.Contracts;
using Ecommerce.Contracts.Events;
using Ecommerce.ServiceDefaults.Messaging;

namespace Ecommerce.Inventory.Subscriptions;

public static class InventorySubscriptions
{
    public static IServiceCollection AddInventorySubscriptions(this IServiceCollection services) =>
        services
            .AddSingleton<OrderPlacedHandler>()
            .AddSingleton<StockReleasedHandler>()
            .AddSingleton<OrderShippedHandler>();

    public static IEndpointRouteBuilder MapInventorySubscriptions(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapTopic<OrderPlaced, OrderPlacedHandler>(Topics.OrdersNew);
        endpoints.MapTopic<StockReleased, StockReleasedHandler>(Topics.InventoryStockReleased);
        endpoints.MapTopic<OrderShipped, OrderShippedHandler>(Topics.FulfillmentOrderShipped);
        return endpoints;
    }
}
