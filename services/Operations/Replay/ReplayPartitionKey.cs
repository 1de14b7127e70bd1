using System.Text.Json;

namespace Ecommerce.Operations.Replay;

/// <summary>
/// Every event is keyed by its order id; a replay keeps that key so the event lands on the order's partition,
/// in order with the order's other events.
/// </summary>
public static class ReplayPartitionKey
{
    public static string? Of(JsonElement payload) =>
        payload.ValueKind == JsonValueKind.Object
        && payload.TryGetProperty("orderId", out var orderId)
        && orderId.ValueKind == JsonValueKind.String
        && !string.IsNullOrWhiteSpace(orderId.GetString())
            ? orderId.GetString()
            : null;
}
