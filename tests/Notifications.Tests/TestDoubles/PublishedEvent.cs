using System.Text.Json;

namespace Ecommerce.TestDoubles;

/// <summary>A publish the service made through the fake DaprClient.</summary>
public sealed record PublishedEvent(string PubsubName, string Topic, JsonElement? Data, IReadOnlyDictionary<string, string> Metadata)
{
    public string? PartitionKey => Metadata.TryGetValue("partitionKey", out var key) ? key : null;
}
