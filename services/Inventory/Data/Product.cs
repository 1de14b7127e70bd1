namespace Ecommerce.Inventory.Data;

/// <summary>
/// A catalog product. <see cref="StockOnHand"/> is what can still be sold; <see cref="Reserved"/> is what orders hold
/// and is not part of it (see the first migration for how the two relate).
/// </summary>
public sealed record Product(string Id, string Name, decimal Price, int StockOnHand, int Reserved);
