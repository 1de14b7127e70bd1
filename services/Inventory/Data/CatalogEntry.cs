namespace Ecommerce.Inventory.Data;

/// <summary>What a reservation needs from the catalog: the name and the price the customer will pay.</summary>
internal sealed record CatalogEntry(string Id, string Name, decimal Price);
