namespace Ecommerce.Backoffice.Clients;

/// <summary>A line of an order; priced once Inventory has reserved it.</summary>
public sealed record OrderLineView(string ProductId, int Quantity, string? ProductName, decimal? UnitPrice, decimal? LineTotal);
