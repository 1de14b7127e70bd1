namespace Ecommerce.Backoffice.Clients;

/// <summary>One status change of an order, with its reason for a cancellation.</summary>
public sealed record TimelineEntryView(string Status, DateTimeOffset OccurredAt, string? Reason, string? Detail);
