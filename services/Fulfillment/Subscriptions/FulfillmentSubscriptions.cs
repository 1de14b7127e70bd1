using Ecommerce.Contracts;
using Ecommerce.Contracts.Events;
using Ecommerce.ServiceDefaults.Messaging;

namespace Ecommerce.Fulfillment.Subscriptions;

public static class FulfillmentSubscriptions
{
    public static IServiceCollection AddFulfillmentSubscriptions(this IServiceCollection services) =>
        services.AddSingleton<OrderConfirmedHandler>();

    public static IEndpointRouteBuilder MapFulfillmentSubscriptions(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapTopic<OrderConfirmed, OrderConfirmedHandler>(Topics.OrdersConfirmed);
        return endpoints;
    }
}
