namespace Ecommerce.Ordering.Data;

/// <summary>An order as GET /orders/{id} shows it: lines priced once reserved, and every status change.</summary>
public sealed record OrderDetails(
    Guid Id,
    string Status,
    string CustomerEmail,
    string ShippingAddress,
    IReadOnlyList<OrderLineDetails> Lines,
    decimal? Total,
    string? CancellationReason,
    DateTimeOffset PlacedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<TimelineEntry> Timeline);
