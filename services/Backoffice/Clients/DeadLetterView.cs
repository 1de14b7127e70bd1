using System.Text.Json;

namespace Ecommerce.Backoffice.Clients;

/// <summary>A dead letter in full: the original CloudEvent and its data, and why it failed.</summary>
public sealed record DeadLetterView(
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
    JsonElement Envelope);
