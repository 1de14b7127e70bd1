using Ecommerce.Contracts.Events;

namespace Ecommerce.Notifications.Orders;

/// <summary>
/// What Notifications remembers of a confirmed order, because later events carry only ids: the shipped email needs
/// the recipient and the lines, the cancellation email shows the lines when the order had been confirmed.
/// </summary>
public sealed record OrderSnapshot(
    Guid OrderId,
    string CustomerEmail,
    string ShippingAddress,
    IReadOnlyList<PricedLine> Lines,
    decimal Total)
{
    public static OrderSnapshot From(OrderConfirmed confirmed) =>
        new(confirmed.OrderId, confirmed.CustomerEmail, confirmed.ShippingAddress, confirmed.Lines, confirmed.Total);
}
