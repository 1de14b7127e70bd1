using System.Text.Json;
using Ecommerce.Operations.Data;

namespace Ecommerce.Operations.Apis;

/// <summary>One dead letter in full: the original CloudEvent and its data (what a replay publishes).</summary>
public sealed record DeadLetterDetails(
    Guid Id,
    string MessageId,
    string OriginalTopic,
    string DeadLetterTopic,
    string? Error,
    int? Attempts,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? ReplayedAt,
    int ReplayCount,
    JsonElement Payload,
    JsonElement Envelope)
{
    public static DeadLetterDetails From(DeadLetterRow row) => new(
        row.Id, row.MessageId, row.OriginalTopic, row.DeadLetterTopic, row.Error, row.Attempts,
        row.ReceivedAt, row.ReplayedAt,
        row.ReplayCount,
        JsonSerializer.Deserialize<JsonElement>(row.Payload),
        JsonSerializer.Deserialize<JsonElement>(row.Envelope));
}
