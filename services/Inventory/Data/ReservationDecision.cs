using Ecommerce.Contracts.Events;

namespace Ecommerce.Inventory.Data;

/// <summary>
/// Inventory's answer to an order, as stored: <see cref="Status"/> is a <see cref="ReservationStatus"/>;
/// <see cref="Lines"/> are priced from the catalog (empty unless reserved); <see cref="Replayed"/> is true when the
/// answer was decided by an earlier delivery of the same order.
/// </summary>
public sealed record ReservationDecision(
    Guid OrderId,
    string Status,
    string? Reason,
    string? Detail,
    IReadOnlyList<PricedLine> Lines,
    DateTimeOffset DecidedAt,
    bool Replayed)
{
    public decimal Total => Lines.Sum(line => line.LineTotal);
}
