namespace Ecommerce.EndToEnd.Clients;

/// <summary>A line of an order; name and prices are set once Inventory has priced it.</summary>
public sealed record OrderLineView(string ProductId, int Quantity, string? ProductName, decimal? UnitPrice, decimal? LineTotal);
