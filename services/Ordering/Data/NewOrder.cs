using Ecommerce.Contracts.Events;

namespace Ecommerce.Ordering.Data;

/// <summary>A validated order about to be stored, with the fingerprint of the request that placed it.</summary>
public sealed record NewOrder(
    Guid Id,
    string CustomerEmail,
    string ShippingAddress,
    IReadOnlyList<OrderLine> Lines,
    string? IdempotencyKey,
    string RequestHash,
    DateTimeOffset PlacedAt);
