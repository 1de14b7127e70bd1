namespace Ecommerce.Ordering.Data;

/// <summary>One status change of an order: when, and why (for a cancellation).</summary>
public sealed record TimelineEntry(string Status, DateTimeOffset OccurredAt, string? Reason, string? Detail);
