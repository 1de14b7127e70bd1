namespace Ecommerce.Ordering.Data;

/// <summary>An order in a customer's list.</summary>
public sealed record OrderSummary(Guid Id, string Status, decimal? Total, DateTimeOffset PlacedAt, DateTimeOffset UpdatedAt);
