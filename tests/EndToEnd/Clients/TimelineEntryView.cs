namespace Ecommerce.EndToEnd.Clients;

/// <summary>One status change in an order's timeline.</summary>
public sealed record TimelineEntryView(string Status, DateTime OccurredAt, string? Reason, string? Detail)
{
    public override string ToString() => Reason is null ? Status : $"{Status}:{Reason}";
}
