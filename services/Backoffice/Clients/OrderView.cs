namespace Ecommerce.Backoffice.Clients;

/// <summary>An order in full (GET /orders/{id}): lines, total, and its timeline of status changes.</summary>
public sealed record OrderView(
    Guid Id,
    string Status,
    string CustomerEmail,
    string ShippingAddress,
    IReadOnlyList<OrderLineView> Lines,
    decimal? Total,
    string? CancellationReason,
    DateTimeOffset PlacedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<TimelineEntryView> Timeline)
{
    public bool IsFinal => Status is "Shipped" or "Cancelled";
}
