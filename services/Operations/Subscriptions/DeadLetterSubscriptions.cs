using Ecommerce.Contracts;
using Ecommerce.Operations.Data;
using Ecommerce.ServiceDefaults.Messaging;

namespace Ecommerce.Operations.Subscriptions;

public static class DeadLetterSubscriptions
{
    /// <summary>One subscription per business topic's dead-letter topic.</summary>
    public static IEndpointRouteBuilder MapDeadLetterSubscriptions(this IEndpointRouteBuilder endpoints)
    {
        foreach (var topic in Topics.All)
        {
            var deadLetterTopic = Topics.DeadLetterOf(topic);
            endpoints.MapDeadLetterTopic(topic, (HttpContext context, DeadLetterStore store, ILogger<DeadLetterStore> logger) =>
                DeadLetterSubscription.HandleAsync(deadLetterTopic, context, store, logger));
        }

        return endpoints;
    }
}
