namespace Ecommerce.Backoffice.Clients;

/// <summary>An order in Ordering's list (GET /orders).</summary>
public sealed record OrderSummaryView(Guid Id, string Status, decimal? Total, DateTimeOffset PlacedAt, DateTimeOffset UpdatedAt, string? CustomerEmail);
