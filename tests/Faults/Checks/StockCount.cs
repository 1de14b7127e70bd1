namespace Ecommerce.Faults.Checks;

/// <summary>A product's units in Inventory's database: free to sell, and held by orders (reserved or shipped).</summary>
public sealed record StockCount(int OnHand, int Held)
{
    public int Total => OnHand + Held;
}
