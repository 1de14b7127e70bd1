using System.Text.Json;

namespace Ecommerce.EndToEnd.Clients;

/// <summary>GET /deadletters/{id}: the message kept by Operations, with the event data a replay publishes.</summary>
public sealed record DeadLetterView(
    Guid Id,
    string OriginalTopic,
    string DeadLetterTopic,
    string? Error,
    int? Attempts,
    DateTimeOffset? ReplayedAt,
    int ReplayCount,
    JsonElement Payload)
{
    public Guid? OrderId =>
        Payload.ValueKind == JsonValueKind.Object && Payload.TryGetProperty("orderId", out var id) && id.TryGetGuid(out var orderId)
            ? orderId
            : null;
}
