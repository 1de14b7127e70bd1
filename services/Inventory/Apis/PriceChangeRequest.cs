namespace Ecommerce.Inventory.Apis;

/// <summary>An operator sets a product's price; orders already reserved keep the price they were given.</summary>
public sealed record PriceChangeRequest(decimal? Price);
