using Microsoft.Extensions.Logging;

namespace Ecommerce.LocalSidecar.Subscriptions;

internal static partial class SubscriptionLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Event {Id} on {PubSub}/{Topic} matched no route and has no default route; it is skipped")]
    public static partial void NoRoute(ILogger logger, string id, string pubSub, string topic);

    [LoggerMessage(Level = LogLevel.Information, Message = "Event {Id} on {Topic}: attempt {Attempt} failed ({Reason}); retrying in {Delay}")]
    public static partial void Retrying(ILogger logger, string id, string topic, int attempt, string reason, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event {Id} on {Topic}: {Attempts} attempt(s) failed ({Reason}) and there is no deadLetterTopic; the component retries it in {Delay} (consumeRetryEnabled)")]
    public static partial void ConsumeRetrying(ILogger logger, string id, string topic, int attempts, string reason, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event {Id} on {Topic}: the app is down ({Reason}); waiting for it without using up retries")]
    public static partial void AppDown(ILogger logger, string id, string topic, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event {Id} on {Topic} dropped after {Attempts} attempt(s), no deadLetterTopic: {Reason}")]
    public static partial void Dropped(ILogger logger, string id, string topic, int attempts, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Event {Id} on {Topic} sent to dead-letter topic {DeadLetterTopic} after {Attempts} attempt(s): {Reason}")]
    public static partial void DeadLettered(ILogger logger, string id, string topic, string deadLetterTopic, int attempts, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Event {Id}: publishing to dead-letter topic {DeadLetterTopic} failed (try {Try}); trying again")]
    public static partial void DeadLetterFailed(ILogger logger, Exception exception, string id, string deadLetterTopic, int @try);

    [LoggerMessage(Level = LogLevel.Information, Message = "Waiting for the app at {Address} to answer /dapr/subscribe: {Reason}")]
    public static partial void AppNotReady(ILogger logger, string address, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Subscription rejected: {Reason}")]
    public static partial void Rejected(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The app subscribes to pubsub '{PubSub}' (topic {Topic}), which is not a loaded component")]
    public static partial void UnknownPubSub(ILogger logger, string pubSub, string topic);

    [LoggerMessage(Level = LogLevel.Information, Message = "Subscribed to {PubSub} topics {Topics}")]
    public static partial void Subscribed(ILogger logger, string pubSub, string topics);

    [LoggerMessage(Level = LogLevel.Information, Message = "Subscriptions live: every consumer owns its partitions")]
    public static partial void Live(ILogger logger);
}
