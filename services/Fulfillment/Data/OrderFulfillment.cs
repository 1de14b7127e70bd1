using Ecommerce.Contracts.Events;

namespace Ecommerce.Fulfillment.Data;

/// <summary>A fulfilment as kept in the state store: what to pack, where it goes, and whether it left.</summary>
public sealed record OrderFulfillment(
    Guid Id,
    Guid OrderId,
    string Status,
    string ShippingAddress,
    IReadOnlyList<PricedLine> Lines,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ShippedAt)
{
    public static OrderFulfillment Open(OrderConfirmed confirmed, DateTimeOffset now) =>
        new(FulfillmentIds.For(confirmed.OrderId), confirmed.OrderId, FulfillmentStatus.Processing,
            confirmed.ShippingAddress, confirmed.Lines, now, ShippedAt: null);
}
