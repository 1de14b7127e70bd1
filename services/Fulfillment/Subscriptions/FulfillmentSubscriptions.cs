using Ecommerce.Contracts;
using Ecommerce.ServiceDefaults.Messaging;

namespace Ecommerce.Fulfillment.Subscriptions;

public static class FulfillmentSubscriptions
{
    public static IEndpointRouteBuilder MapFulfillmentSubscriptions(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapTopic(Topics.OrdersConfirmed,
            (HttpRequest request, OrderConfirmedHandler handler, CancellationToken ct) => handler.HandleAsync(request, ct));
        return endpoints;
    }
}
