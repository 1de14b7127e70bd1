using Ecommerce.Operations.Data;

namespace Ecommerce.Operations.Apis;

/// <summary>A dead letter in the list: where it was going, why it failed, whether it was replayed.</summary>
public sealed record DeadLetterSummary(
    Guid Id,
    string MessageId,
    string OriginalTopic,
    string DeadLetterTopic,
    string? Error,
    int? Attempts,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? ReplayedAt,
    int ReplayCount)
{
    public static DeadLetterSummary From(DeadLetterRow row) => new(
        row.Id, row.MessageId, row.OriginalTopic, row.DeadLetterTopic, row.Error, row.Attempts,
        row.ReceivedAt, row.ReplayedAt, row.ReplayCount);
}
