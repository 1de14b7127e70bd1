namespace Ecommerce.Ordering.Data;

/// <summary>
/// The outcome of storing a placement: a new order, or the order an earlier request with the same
/// Idempotency-Key created (with that request's fingerprint, to tell a replay from a conflicting reuse).
/// </summary>
public sealed record Placement(Guid OrderId, bool Created, string RequestHash, string Status);
