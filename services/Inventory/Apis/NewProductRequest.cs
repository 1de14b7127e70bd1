namespace Ecommerce.Inventory.Apis;

/// <summary>An operator adds a product to the catalog: its id (the SKU), name, price and the units on the shelf.</summary>
public sealed record NewProductRequest(string? Id, string? Name, decimal? Price, int? StockOnHand);
