namespace Ecommerce.Ordering.Data;

/// <summary>An order in a list: its status, total and dates, and whose it is (the operator's list shows everyone's).</summary>
public sealed record OrderSummary(Guid Id, string Status, decimal? Total, DateTimeOffset PlacedAt, DateTimeOffset UpdatedAt, string CustomerEmail);
