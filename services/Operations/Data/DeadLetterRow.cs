namespace Ecommerce.Operations.Data;

/// <summary>A dead_letters row as Dapper reads it (JSON columns as text, timestamps as DateTimeOffset).</summary>
public sealed record DeadLetterRow(
    Guid Id,
    string MessageId,
    string OriginalTopic,
    string DeadLetterTopic,
    string Envelope,
    string Payload,
    string? Error,
    int? Attempts,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? ReplayedAt,
    int ReplayCount);
