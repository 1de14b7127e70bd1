using Ecommerce.Contracts;
using Ecommerce.ServiceDefaults.Messaging;

namespace Ecommerce.Notifications.Subscriptions;

public static class NotificationsSubscriptions
{
    /// <summary>The topics Notifications listens to, each with its dead-letter topic (see MapTopic).</summary>
    public static readonly IReadOnlyList<string> SubscribedTopics =
        [Topics.OrdersConfirmed, Topics.FulfillmentOrderShipped, Topics.OrdersCancelled];

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
