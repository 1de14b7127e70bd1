using Ecommerce.Contracts;
using Ecommerce.ServiceDefaults.Messaging;

namespace Ecommerce.Notifications.Subscriptions;

public static class NotificationsSubscriptions
{
    /// <summary>orders.confirmed, fulfillment.order.shipped and orders.cancelled, each with its dead-letter topic.</summary>
    public static IEndpointRouteBuilder MapNotificationsSubscriptions(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapTopic(Topics.OrdersConfirmed, OrderConfirmedSubscription.HandleAsync)
            .AddEndpointFilter<RetryOnDaprFailureFilter>();
        endpoints.MapTopic(Topics.FulfillmentOrderShipped, OrderShippedSubscription.HandleAsync)
            .AddEndpointFilter<RetryOnDaprFailureFilter>();
        endpoints.MapTopic(Topics.OrdersCancelled, OrderCancelledSubscription.HandleAsync)
            .AddEndpointFilter<RetryOnDaprFailureFilter>();
        return endpoints;
    }
}
