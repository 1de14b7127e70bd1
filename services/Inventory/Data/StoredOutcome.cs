using Ecommerce.Contracts.Events;

namespace Ecommerce.Inventory.Data;

/// <summary>A reservation_outcomes row as read back, to replay the answer it records.</summary>
internal sealed record StoredOutcome(string Status, string? Reason, string? Detail, DateTimeOffset DecidedAt)
{
    public ReservationDecision ToDecision(Guid orderId, IReadOnlyList<PricedLine> lines) =>
        new(orderId, Status, Reason, Detail, lines, DecidedAt, Replayed: true);
}
