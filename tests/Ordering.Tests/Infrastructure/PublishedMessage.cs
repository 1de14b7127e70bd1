using System.Text.Json;

namespace Ecommerce.Ordering.Tests.Infrastructure;

/// <summary>One PublishEvent call as it reached the sidecar.</summary>
public sealed record PublishedMessage(string PubsubName, string Topic, string Json, IReadOnlyDictionary<string, string> Metadata)
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public T Data<T>() => JsonSerializer.Deserialize<T>(Json, Web)!;

    public Guid OrderId => JsonDocument.Parse(Json).RootElement.GetProperty("orderId").GetGuid();
}
