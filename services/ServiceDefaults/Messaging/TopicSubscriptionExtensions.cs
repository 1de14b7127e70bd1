using System.Diagnostics;
using Dapr;
using Ecommerce.Contracts;
using Ecommerce.Contracts.Events;
using Ecommerce.ServiceDefaults.Logging;
using Ecommerce.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ecommerce.ServiceDefaults.Messaging;

/// <summary>
/// The one way services subscribe: a POST route per topic, registered with Dapr with its dead-letter topic always
/// set (dead-letter topics themselves excepted, see MapDeadLetterTopic). Around the handler: the event is read and
/// checked (poison is logged and DROPped), the order id goes on every log line and on the delivery's span (whose
/// trace is the publisher's: daprd sends the CloudEvent's traceparent), the processing time goes into
/// kafka_message_processing_duration, and a transient failure (<see cref="TransientFailures"/>) answers RETRY.
/// </summary>
public static class TopicSubscriptionExtensions
{
    /// <summary>Subscribes <typeparamref name="THandler"/> (a registered service) to <paramref name="topic"/>.</summary>
    public static RouteHandlerBuilder MapTopic<TEvent, THandler>(this IEndpointRouteBuilder endpoints, string topic)
        where TEvent : class
        where THandler : class, ITopicHandler<TEvent> =>
        Subscribe<TEvent, THandler>(endpoints, topic, Topics.DeadLetterOf(topic), TopicEventReader.ReadJsonAsync<TEvent>);

    /// <summary>
    /// Subscribes to the dead-letter topic of <paramref name="topic"/> (for Operations), reading deliveries with
    /// <paramref name="read"/>. A dead-letter subscription names no dead-letter topic of its own: its reader and
    /// handler must keep whatever arrives, or RETRY what they cannot keep now, never DROP.
    /// </summary>
    public static RouteHandlerBuilder MapDeadLetterTopic<TEvent, THandler>(
        this IEndpointRouteBuilder endpoints, string topic, TopicReader<TEvent> read)
        where TEvent : class
        where THandler : class, ITopicHandler<TEvent> =>
        Subscribe<TEvent, THandler>(endpoints, Topics.DeadLetterOf(topic), deadLetterTopic: null, read);

    /// <summary>The route daprd posts a topic's events to.</summary>
    public static string RouteOf(string topic) => "/events/" + topic;

    private static RouteHandlerBuilder Subscribe<TEvent, THandler>(
        IEndpointRouteBuilder endpoints, string topic, string? deadLetterTopic, TopicReader<TEvent> read)
        where TEvent : class
        where THandler : class, ITopicHandler<TEvent>
    {
        if (endpoints.ServiceProvider.GetService<IServiceProviderIsService>()?.IsService(typeof(THandler)) != true)
        {
            throw new InvalidOperationException(
                $"The handler of topic {topic}, {typeof(THandler).Name}, is not registered as a service; add it in the service's Add...Services().");
        }

        return endpoints.MapPost(RouteOf(topic),
                async (HttpContext context, [FromServices] THandler handler, MessagingMetrics metrics, ILogger<THandler> logger) =>
                {
                    var started = Stopwatch.GetTimestamp();
                    TopicStatus? status = null;
                    try
                    {
                        status = await HandleAsync(context, topic, read, handler, logger);
                        return TypedResults.Ok(TopicResponse.Of(status.Value));
                    }
                    finally
                    {
                        metrics.RecordProcessing(topic, status, Stopwatch.GetElapsedTime(started));
                    }
                })
            .WithTopic(new TopicOptions
            {
                PubsubName = DaprComponents.PubSub,
                Name = topic,
                DeadLetterTopic = deadLetterTopic,
            })
            .WithName("subscribe:" + topic)
            .ExcludeFromDescription();
    }

    private static async Task<TopicStatus> HandleAsync<TEvent>(
        HttpContext context, string topic, TopicReader<TEvent> read, ITopicHandler<TEvent> handler, ILogger logger)
        where TEvent : class
    {
        var message = await read(context, topic);
        var rejection = message is null ? "not readable as " + typeof(TEvent).Name : RejectionOf(message, handler);
        if (rejection is not null)
        {
            TopicSubscriptionLog.Poison(logger, topic, rejection);
            return TopicStatus.Drop;
        }

        using var scope = message is IOrderEvent orderEvent ? logger.BeginOrderScope(orderEvent.OrderId) : null;
        if (message is IOrderEvent { OrderId: var orderId })
        {
            OrderSpans.TagOrder(orderId);
        }

        try
        {
            return await handler.HandleAsync(message!, context.RequestAborted);
        }
        catch (Exception exception) when (TransientFailures.IsTransient(exception) && !context.RequestAborted.IsCancellationRequested)
        {
            TopicSubscriptionLog.Retry(logger, exception, topic);
            return TopicStatus.Retry;
        }
    }

    private static string? RejectionOf<TEvent>(TEvent message, ITopicHandler<TEvent> handler) where TEvent : class =>
        message is IOrderEvent { OrderId: var orderId } && orderId == Guid.Empty ? "no order id" : handler.Reject(message);
}
