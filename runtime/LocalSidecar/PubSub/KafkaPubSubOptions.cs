using Ecommerce.LocalSidecar.Components;

namespace Ecommerce.LocalSidecar.PubSub;

/// <summary>The metadata of a <c>pubsub.kafka</c> component that the local sidecar honours.</summary>
public sealed record KafkaPubSubOptions(string Brokers, string ConsumerGroup, string ClientId, bool FromOldest, int? MaxMessageBytes)
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
            component.Integer("maxMessageBytes"));
    }
}
