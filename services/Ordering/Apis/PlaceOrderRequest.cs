namespace Ecommerce.Ordering.Apis;

/// <summary>The body of POST /orders. Everything is nullable so validation, not binding, names what is missing.</summary>
public sealed record PlaceOrderRequest(string? CustomerEmail, string? ShippingAddress, IReadOnlyList<PlaceOrderLine?>? Lines);
