namespace Ecommerce.Contracts.Events;

/// <summary>orders.confirmed: stock is held; the order goes to fulfilment and the customer is told.</summary>
public sealed record OrderConfirmed(
    Guid OrderId,
    string CustomerEmail,
    string ShippingAddress,
    IReadOnlyList<PricedLine> Lines,
    decimal Total,
    DateTimeOffset ConfirmedAt) : IOrderEvent;
