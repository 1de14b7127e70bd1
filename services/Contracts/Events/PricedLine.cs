namespace Ecommerce.Contracts.Events;

/// <summary>A line priced from the catalog by Inventory.</summary>
public sealed record PricedLine(string ProductId, string Name, int Quantity, decimal UnitPrice)
{
    public decimal LineTotal => UnitPrice * Quantity;
}
