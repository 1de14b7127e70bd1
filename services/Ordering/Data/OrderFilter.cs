namespace Ecommerce.Ordering.Data;

/// <summary>Which orders a listing shows: of one status and of one customer, each null for any.</summary>
public sealed record OrderFilter(string? Status, string? CustomerEmail);
