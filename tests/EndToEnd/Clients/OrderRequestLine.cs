namespace Ecommerce.EndToEnd.Clients;

/// <summary>A requested line: product and quantity, never a price.</summary>
public sealed record OrderRequestLine(string ProductId, int Quantity);
