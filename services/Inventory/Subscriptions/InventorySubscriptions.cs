using Ecommerce.Contracts;
using Ecommerce.ServiceDefaults.Messaging;

namespace Ecommerce.Inventory.Subscriptions;

public static class InventorySubscriptions
{
    public static IEndpointRouteBuilder MapInventorySubscriptions(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapTopic(Topics.OrdersNew,
            (HttpRequest request, OrderPlacedHandler handler, CancellationToken ct) => handler.HandleAsync(request, ct));
        endpoints.MapTopic(Topics.InventoryStockReleased,
            (HttpRequest request, StockReleasedHandler handler, CancellationToken ct) => handler.HandleAsync(request, ct));
        endpoints.MapTopic(Topics.FulfillmentOrderShipped,
            (HttpRequest request, OrderShippedHandler handler, CancellationToken ct) => handler.HandleAsync(request, ct));
        return endpoints;
    }
}
