namespace Ecommerce.Contracts.Events;

/// <summary>A line as the customer asked for it: what and how many, never a price.</summary>
public sealed record OrderLine(string ProductId, int Quantity);
