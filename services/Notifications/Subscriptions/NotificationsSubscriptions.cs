using Ecommerce.Contracts;
using Ecommerce.Contracts.Events;
using Ecommerce.ServiceDefaults.Messaging;

namespace Ecommerce.Notifications.Subscriptions;

public static class NotificationsSubscriptions
{
    public static IServiceCollection AddNotificationsSubscriptions(this IServiceCollection services) =>
        services
            .AddSingleton<OrderConfirmedHandler>()
            .AddSingleton<OrderShippedHandler>()
            .AddSingleton<OrderCancelledHandler>();

    /// <summary>orders.confirmed, fulfillment.order.shipped and orders.cancelled, each with its dead-letter topic.</summary>
    public static IEndpointRouteBuilder MapNotificationsSubscriptions(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapTopic<OrderConfirmed, OrderConfirmedHandler>(Topics.OrdersConfirmed);
        endpoints.MapTopic<OrderShipped, OrderShippedHandler>(Topics.FulfillmentOrderShipped);
        endpoints.MapTopic<OrderCancelled, OrderCancelledHandler>(Topics.OrdersCancelled);
        return endpoints;
    }
}
