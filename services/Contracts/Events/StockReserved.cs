namespace Ecommerce.Contracts.Events;

/// <summary>inventory.stock.reserved: every line of the order is reserved, priced from the catalog.</summary>
public sealed record StockReserved(
    Guid OrderId,
    IReadOnlyList<PricedLine> Lines,
    decimal Total,
    DateTimeOffset ReservedAt) : IOrderEvent;
