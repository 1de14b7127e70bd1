using Dapr;
using Ecommerce.ServiceDefaults.Messaging;

namespace Ecommerce.Notifications.Subscriptions;

/// <summary>
/// The state store or the publish failed (sidecar down, store unavailable): the event was not handled, so ask daprd
/// to deliver it again. The delivery ledger makes the retry safe.
/// </summary>
internal sealed partial class RetryOnDaprFailureFilter(ILogger<RetryOnDaprFailureFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (DaprException exception)
        {
            LogDaprFailed(exception, context.HttpContext.Request.Path);
            return TopicResults.Retry();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dapr state or publish failed while handling {Route}; asking for a retry")]
    private partial void LogDaprFailed(Exception exception, string route);
}
