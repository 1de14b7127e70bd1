using System.Text.Json;

namespace Ecommerce.Tests.Fakes;

/// <summary>An event the service published through the fake sidecar, serialized as the Dapr SDK would send it.</summary>
public sealed record PublishedEvent(string PubsubName, string Topic, JsonElement Data, IReadOnlyDictionary<string, string> Metadata);
