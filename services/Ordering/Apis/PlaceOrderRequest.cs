namespace Ecommerce.Ordering.Apis;

/// <summary>
/// The body of POST /orders. Everything is nullable so validation, not binding, names what is missing. The customer
/// is not in the body: the order belongs to the signed-in caller (the token's email claim).
/// </summary>
public sealed record PlaceOrderRequest(string? ShippingAddress, IReadOnlyList<PlaceOrderLine?>? Lines);
