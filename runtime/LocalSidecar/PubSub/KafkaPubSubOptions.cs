using Ecommerce.LocalSidecar.Components;
using Ecommerce.LocalSidecar.Resiliency;

namespace Ecommerce.LocalSidecar.PubSub;

/// <summary>The metadata of a <c>pubsub.kafka</c> component that the local sidecar honours.</summary>
public sealed record KafkaPubSubOptions(
    string Brokers,
    string ConsumerGroup,
    string ClientId,
    bool FromOldest,
    int? MaxMessageBytes,
    TimeSpan SessionTimeout,
    TimeSpan HeartbeatInterval,
    RetryPolicy? ConsumeRetry)
{
    /// <summary>How often consumers look for subscribed topics that appeared (librdkafka's topic.metadata.refresh.interval.ms).</summary>
    public TimeSpan TopicMetadataRefreshInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a fetch may wait for data (librdkafka's fetch.wait.max.ms, 500 ms by default). A Kafka broker answers
    /// a waiting fetch as soon as data arrives; the embedded broker (librdkafka's mock cluster) holds an empty fetch for
    /// the whole wait even when a message arrives meanwhile, so at the default every hop through a quiet partition
    /// added up to half a second to an order. An idle consumer costs a fetch per broker per wait.
    /// </summary>
    public TimeSpan FetchWaitMax { get; init; } = TimeSpan.FromMilliseconds(20);

    public static KafkaPubSubOptions From(ComponentDefinition component, string appId)
    {
        var brokers = component.Required("brokers");
        var authType = component.Optional("authType") ?? "none";
        if (authType != "none")
        {
            throw component.Error($"metadata 'authType' value '{authType}' is not supported by the local sidecar (only 'none')");
        }

        var initialOffset = component.Optional("initialOffset") ?? "newest";
        if (initialOffset is not ("oldest" or "newest"))
        {
            throw component.Error($"metadata 'initialOffset' must be 'oldest' or 'newest', got '{initialOffset}'");
        }

        return new KafkaPubSubOptions(
            brokers,
            component.Optional("consumerGroup") ?? appId,
            component.Optional("clientID") ?? appId,
            initialOffset == "oldest",
            component.Integer("maxMessageBytes"),
            Duration(component, "sessionTimeout", TimeSpan.FromSeconds(10)),
            Duration(component, "heartbeatInterval", TimeSpan.FromSeconds(3)),
            ReadConsumeRetry(component));
    }

    // components-contrib's pubsub.kafka: consumeRetryEnabled defaults to true, and its retry is dapr/kit's
    // retry.Config read with the prefix "backOff" (default: constant, every 5 s, forever).
    private static RetryPolicy? ReadConsumeRetry(ComponentDefinition component)
    {
        if (component.Optional("consumeRetryEnabled") is not null && !component.Flag("consumeRetryEnabled"))
        {
            return null;
        }

        foreach (var field in new[] { "backOffInitialInterval", "backOffRandomizationFactor", "backOffMultiplier", "backOffMaxElapsedTime" })
        {
            if (component.Optional(field) is not null)
            {
                throw component.Error($"metadata '{field}' is not supported by the local sidecar (supported: backOffPolicy, backOffDuration, backOffMaxInterval, backOffMaxRetries)");
            }
        }

        var policy = component.Optional("backOffPolicy") ?? "constant";
        if (policy is not ("constant" or "exponential"))
        {
            throw component.Error($"metadata 'backOffPolicy' must be constant or exponential, got '{policy}'");
        }

        return new RetryPolicy(
            policy == "exponential",
            Duration(component, "backOffDuration", RetryPolicy.Default.Duration),
            Duration(component, "backOffMaxInterval", RetryPolicy.Default.MaxInterval),
            component.Integer("backOffMaxRetries") ?? -1);
    }

    // daprd's Kafka component defaults: a member that vanishes is noticed after 10 s, heartbeats every 3 s.
    private static TimeSpan Duration(ComponentDefinition component, string field, TimeSpan fallback)
    {
        if (component.Optional(field) is not { } text)
        {
            return fallback;
        }

        return GoDuration.TryParse(text, out var duration) && duration > TimeSpan.Zero
            ? duration
            : throw component.Error($"metadata '{field}' must be a duration such as 10s, got '{text}'");
    }
}
