namespace Ecommerce.EndToEnd.Clients;

/// <summary>GET /products/{id}: stock on hand is what can still be sold; reserved is what orders hold.</summary>
public sealed record ProductView(string Id, string Name, decimal Price, int StockOnHand, int Reserved)
{
    /// <summary>Both counts at once, to compare with an expected (on hand, reserved) pair.</summary>
    public (int OnHand, int Reserved) Stock => (StockOnHand, Reserved);
}
