using Ecommerce.Contracts;
using Ecommerce.ServiceDefaults.Messaging;

namespace Ecommerce.Operations.Subscriptions;

public static class DeadLetterSubscriptions
{
    public static IServiceCollection AddDeadLetterSubscriptions(this IServiceCollection services) =>
        services.AddSingleton<DeadLetterHandler>();

    /// <summary>One subscription per business topic's dead-letter topic.</summary>
    public static IEndpointRouteBuilder MapDeadLetterSubscriptions(this IEndpointRouteBuilder endpoints)
    {
        foreach (var topic in Topics.All)
        {
            endpoints.MapDeadLetterTopic<DeadLetterMessage, DeadLetterHandler>(topic, DeadLetterEnvelopeCapture.ReadAsync);
        }

        return endpoints;
    }
}
