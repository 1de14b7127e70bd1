using System.Globalization;
using Ecommerce.LocalSidecar.Components;
using Ecommerce.LocalSidecar.Resiliency;

namespace Ecommerce.LocalSidecar.PubSub;

/// <summary>The metadata of a <c>pubsub.redis</c> component (Redis Streams) that the local sidecar honours, with
/// components-contrib's defaults: concurrency 10, queueDepth 100, processingTimeout 15s, redeliverInterval 60s.</summary>
public sealed record RedisPubSubOptions(
    string Configuration,
    string ConsumerId,
    int Concurrency,
    int QueueDepth,
    TimeSpan ProcessingTimeout,
    TimeSpan RedeliverInterval,
    long? MaxLenApprox)
{
    public static RedisPubSubOptions From(ComponentDefinition component, string appId)
    {
        if (component.Optional("enableTLS") is not null && component.Flag("enableTLS"))
        {
            throw component.Error("metadata 'enableTLS' \"true\" is not supported by the local sidecar");
        }

        if (component.Optional("failover") is not null && component.Flag("failover") || component.Optional("redisType") is { } type && type != "node")
        {
            throw component.Error("metadata 'failover'/'redisType': only a single Redis node is supported by the local sidecar");
        }

        var configuration = component.Required("redisHost") + ",abortConnect=false";
        if (component.Optional("redisPassword") is { } password)
        {
            configuration += $",password={password}";
        }

        if (component.Optional("redisUsername") is { } user)
        {
            configuration += $",user={user}";
        }

        if (component.Integer("redisDB") is { } database)
        {
            configuration += $",defaultDatabase={database}";
        }

        return new RedisPubSubOptions(
            configuration,
            component.Optional("consumerID") ?? appId,
            Math.Max(1, component.Integer("concurrency") ?? 10),
            Math.Max(1, component.Integer("queueDepth") ?? 100),
            Milliseconds(component, "processingTimeout", TimeSpan.FromSeconds(15)),
            Milliseconds(component, "redeliverInterval", TimeSpan.FromSeconds(60)),
            component.Integer("maxLenApprox"));
    }

    /// <summary>A message whose delivery failed stays pending and is claimed again by the redeliver loop, so
    /// without a dead-letter topic it is retried every redeliverInterval, never skipped.</summary>
    public RetryPolicy Redelivery => new(false, RedeliverInterval, RedeliverInterval, -1);

    // For legacy reasons components-contrib reads a bare number as milliseconds, anything else as a duration.
    private static TimeSpan Milliseconds(ComponentDefinition component, string field, TimeSpan fallback)
    {
        if (component.Optional(field) is not { } text)
        {
            return fallback;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ms))
        {
            return TimeSpan.FromMilliseconds(ms);
        }

        return GoDuration.TryParse(text, out var duration) ? duration : throw component.Error($"metadata '{field}' must be a duration such as 15s, got '{text}'");
    }
}
