namespace Ecommerce.Backoffice.Clients;

/// <summary>A dead letter in Operations' list.</summary>
public sealed record DeadLetterSummaryView(Guid Id, string MessageId, string OriginalTopic, string DeadLetterTopic, string? Error, int? Attempts, DateTimeOffset ReceivedAt, DateTimeOffset? ReplayedAt, int ReplayCount);
