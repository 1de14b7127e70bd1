using System.Text.Json.Nodes;

namespace Ecommerce.LocalSidecar.Subscriptions;

/// <summary>One entry of the app's <c>/dapr/subscribe</c> answer.</summary>
public sealed record AppSubscription(
    string PubSubName,
    string Topic,
    IReadOnlyList<(EventMatch Match, string Path)> Rules,
    string? DefaultPath,
    string? DeadLetterTopic,
    IReadOnlyDictionary<string, string> Metadata)
{
    public bool RawPayload => Metadata.TryGetValue("rawPayload", out var raw) && bool.TryParse(raw, out var isRaw) && isRaw;

    /// <summary>The path of the first rule the event matches, else the default; null when nothing matches.</summary>
    public string? PathFor(JsonObject cloudEvent) =>
        Rules.FirstOrDefault(r => r.Match.Matches(cloudEvent)).Path ?? DefaultPath;
}
