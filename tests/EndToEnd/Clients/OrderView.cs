namespace Ecommerce.EndToEnd.Clients;

/// <summary>GET /orders/{id} as Ordering answers it.</summary>
public sealed record OrderView(
    Guid Id,
    string Status,
    string CustomerEmail,
    string ShippingAddress,
    IReadOnlyList<OrderLineView> Lines,
    decimal? Total,
    string? CancellationReason,
    IReadOnlyList<TimelineEntryView> Timeline)
{
    public override string ToString() =>
        $"order {Id} {Status}{(CancellationReason is null ? "" : $" ({CancellationReason})")}, timeline [{string.Join(", ", Timeline)}]";
}
