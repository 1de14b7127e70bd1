namespace Ecommerce.EndToEnd.Clients;

/// <summary>GET /products/{id}: stock on hand is what can still be sold; reserved is what orders hold.</summary>
public sealed record ProductView(string Id, string Name, decimal Price, int StockOnHand, int Reserved);
