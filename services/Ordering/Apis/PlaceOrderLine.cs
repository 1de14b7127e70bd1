namespace Ecommerce.Ordering.Apis;

/// <summary>A requested line: which product and how many. Prices are never taken from the client.</summary>
public sealed record PlaceOrderLine(string? ProductId, int? Quantity);
