namespace Ecommerce.Backoffice.Clients;

/// <summary>A catalog product (Inventory's GET /products): on hand is free to sell, reserved is held by orders.</summary>
public sealed record ProductView(string Id, string Name, decimal Price, int StockOnHand, int Reserved);
