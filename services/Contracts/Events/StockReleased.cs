namespace Ecommerce.Contracts.Events;

/// <summary>inventory.stock.released: Ordering asks Inventory to give back whatever it holds for the order.</summary>
public sealed record StockReleased(Guid OrderId, string Reason, DateTimeOffset ReleasedAt) : IOrderEvent;
