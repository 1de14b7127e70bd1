using System.Text.Json;

namespace Ecommerce.TestSupport.Dapr;

/// <summary>An event a service published through <see cref="FakeDaprClient"/>, serialized as the Dapr SDK sends it.</summary>
public sealed record PublishedEvent(string PubsubName, string Topic, JsonElement Data, IReadOnlyDictionary<string, string> Metadata)
{
    public string? PartitionKey => Metadata.TryGetValue("partitionKey", out var key) ? key : null;
}
