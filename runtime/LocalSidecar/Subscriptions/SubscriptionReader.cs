using System.Text.Json;

namespace Ecommerce.LocalSidecar.Subscriptions;

/// <summary>Reads daprd's programmatic subscription format: v1 (<c>route</c>) and v2 (<c>routes.rules</c>, <c>routes.default</c>).</summary>
public static class SubscriptionReader
{
    /// <summary>The subscriptions, and the reasons entries were rejected (an unsupported <c>match</c>, a missing field).</summary>
    public static (IReadOnlyList<AppSubscription> Subscriptions, IReadOnlyList<string> Rejected) Read(string json)
    {
        var subscriptions = new List<AppSubscription>();
        var rejected = new List<string>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            rejected.Add($"/dapr/subscribe did not answer JSON: {e.Message}");
            return (subscriptions, rejected);
        }

        using var _ = document;
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            rejected.Add("/dapr/subscribe must answer a JSON array");
            return (subscriptions, rejected);
        }

        foreach (var entry in document.RootElement.EnumerateArray())
        {
            var pubSub = Text(entry, "pubsubname");
            var topic = Text(entry, "topic");
            if (pubSub is null || topic is null)
            {
                rejected.Add($"subscription {entry.GetRawText()} has no pubsubname or topic");
                continue;
            }

            var rules = new List<(EventMatch, string)>();
            var defaultPath = Text(entry, "route");
            var invalid = false;
            if (Property(entry, "routes") is { ValueKind: JsonValueKind.Object } routes)
            {
                defaultPath = Text(routes, "default") ?? defaultPath;
                foreach (var rule in Property(routes, "rules") is { ValueKind: JsonValueKind.Array } ruleList ? ruleList.EnumerateArray().ToList() : [])
                {
                    var expression = Text(rule, "match") ?? "";
                    var path = Text(rule, "path");
                    if (path is null || !EventMatch.TryParse(expression, out var match))
                    {
                        rejected.Add($"subscription to {pubSub}/{topic}: route rule match '{expression}' is not supported by the local sidecar (only event.<attribute> == \"value\", joined with &&)");
                        invalid = true;
                        break;
                    }

                    rules.Add((match!, Normalize(path)));
                }
            }

            if (invalid)
            {
                continue;
            }

            var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var item in Property(entry, "metadata") is { ValueKind: JsonValueKind.Object } given ? given.EnumerateObject().ToList() : [])
            {
                metadata[item.Name] = item.Value.ToString();
            }

            var deadLetter = Text(entry, "deadLetterTopic");
            subscriptions.Add(new AppSubscription(pubSub, topic, rules, defaultPath is null ? null : Normalize(defaultPath), string.IsNullOrEmpty(deadLetter) ? null : deadLetter, metadata));
        }

        return (subscriptions, rejected);
    }

    private static string Normalize(string path) => path.StartsWith('/') ? path : "/" + path;

    private static JsonElement? Property(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.NameEquals(name) || string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value.ValueKind == JsonValueKind.Null ? null : property.Value;
            }
        }

        return null;
    }

    private static string? Text(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.String } value && value.GetString() is { Length: > 0 } text ? text : null;
}
