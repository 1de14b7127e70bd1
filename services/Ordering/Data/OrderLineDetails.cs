namespace Ecommerce.Ordering.Data;

/// <summary>A line of an order; name and prices are null until Inventory has reserved and priced it.</summary>
public sealed record OrderLineDetails(string ProductId, int Quantity, string? ProductName, decimal? UnitPrice)
{
    public decimal? LineTotal => UnitPrice * Quantity;
}
