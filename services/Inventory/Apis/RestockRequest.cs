namespace Ecommerce.Inventory.Apis;

/// <summary>An operator adds units to a product's stock (a delivery arrived, a count was corrected upwards).</summary>
public sealed record RestockRequest(int? Quantity);
