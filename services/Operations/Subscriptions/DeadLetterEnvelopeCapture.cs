using Ecommerce.Contracts;
using Ecommerce.ServiceDefaults.Messaging;

namespace Ecommerce.Operations.Subscriptions;

/// <summary>
/// Dapr.AspNetCore's UseCloudEvents replaces a structured CloudEvent's body with its <c>data</c>, dropping the id,
/// source, topic, traceparent and the dead-letter extensions Operations must keep. This middleware, placed before it,
/// copies the body of dead-letter deliveries into a <see cref="CapturedEnvelope"/> feature and rewinds it.
/// </summary>
public static class DeadLetterEnvelopeCapture
{
    private static readonly PathString EventsPrefix = TopicSubscriptionExtensions.RouteOf("").TrimEnd('/');

    public static WebApplication UseDeadLetterEnvelopeCapture(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (IsDeadLetterDelivery(context.Request))
            {
                context.Request.EnableBuffering();
                using var copy = new MemoryStream();
                await context.Request.Body.CopyToAsync(copy, context.RequestAborted);
                context.Request.Body.Position = 0;
                context.Features.Set(new CapturedEnvelope(copy.ToArray()));
            }

            await next(context);
        });
        return app;
    }

    /// <summary>
    /// The dead letter in a delivery: the captured envelope, or the body as it is when UseCloudEvents left it alone
    /// (no structured CloudEvent content type, so nothing was captured). Never null: any shape is kept.
    /// </summary>
    public static async ValueTask<DeadLetterMessage?> ReadAsync(HttpContext context, string deadLetterTopic)
    {
        var body = context.Features.Get<CapturedEnvelope>()?.Body;
        if (body is null)
        {
            using var copy = new MemoryStream();
            await context.Request.Body.CopyToAsync(copy, context.RequestAborted);
            body = copy.ToArray();
        }

        return DeadLetterParser.Parse(body, deadLetterTopic);
    }

    private static bool IsDeadLetterDelivery(HttpRequest request) =>
        HttpMethods.IsPost(request.Method)
        && request.Path.StartsWithSegments(EventsPrefix, out var rest)
        && rest.Value is { } topic
        && topic.EndsWith(Topics.DeadLetterSuffix, StringComparison.Ordinal);
}
