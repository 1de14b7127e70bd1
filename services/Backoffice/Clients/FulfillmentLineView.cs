namespace Ecommerce.Backoffice.Clients;

/// <summary>A line to pack.</summary>
public sealed record FulfillmentLineView(string ProductId, string Name, int Quantity, decimal UnitPrice);
