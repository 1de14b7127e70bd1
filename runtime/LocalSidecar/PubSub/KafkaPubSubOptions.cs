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
    TimeSpan HeartbeatInterval)
{
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
            Duration(component, "heartbeatInterval", TimeSpan.FromSeconds(3)));
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
