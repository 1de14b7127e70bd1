using System.Diagnostics;
using Dapr;
using Ecommerce.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.ServiceDefaults.Messaging;

/// <summary>
/// The one way services subscribe: a POST route per topic, registered with Dapr with its dead-letter topic always
/// set (dead-letter topics themselves excepted, see MapDeadLetterTopic), and timed into kafka_message_processing_duration.
/// </summary>
public static class TopicSubscriptionExtensions
{
    public static RouteHandlerBuilder MapTopic(this IEndpointRouteBuilder endpoints, string topic, Delegate handler) =>
        Subscribe(endpoints, topic, Topics.DeadLetterOf(topic), handler);

    /// <summary>
    /// Subscribes to the dead-letter topic of <paramref name="topic"/> (for Operations). A dead-letter subscription
    /// names no dead-letter topic of its own: its handler must RETRY what it cannot keep, never DROP.
    /// </summary>
    public static RouteHandlerBuilder MapDeadLetterTopic(this IEndpointRouteBuilder endpoints, string topic, Delegate handler)
    {
        var deadLetterTopic = Topics.DeadLetterOf(topic);
        return Subscribe(endpoints, deadLetterTopic, deadLetterTopic: null, handler);
    }

    private static RouteHandlerBuilder Subscribe(IEndpointRouteBuilder endpoints, string topic, string? deadLetterTopic, Delegate handler) =>
        endpoints.MapPost(RouteOf(topic), handler)
            .WithTopic(new TopicOptions
            {
                PubsubName = DaprComponents.PubSub,
                Name = topic,
                DeadLetterTopic = deadLetterTopic,
            })
            .WithName("subscribe:" + topic)
            .ExcludeFromDescription()
            .AddEndpointFilter(async (context, next) =>
            {
                var metrics = context.HttpContext.RequestServices.GetRequiredService<MessagingMetrics>();
                var started = Stopwatch.GetTimestamp();
                var outcome = "error";
                try
                {
                    var result = await next(context);
                    outcome = OutcomeOf(result);
                    return result;
                }
                finally
                {
                    metrics.RecordProcessing(topic, outcome, Stopwatch.GetElapsedTime(started));
                }
            });

    private static string OutcomeOf(object? result) => result switch
    {
        INestedHttpResult nested => OutcomeOf(nested.Result),
        IValueHttpResult { Value: TopicResponse response } => response.Status,
        IStatusCodeHttpResult { StatusCode: >= 300 } => "error",
        _ => "SUCCESS",
    };

    /// <summary>The route daprd posts a topic's events to.</summary>
    public static string RouteOf(string topic) => "/events/" + topic;
}
