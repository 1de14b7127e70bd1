using System.Security.Cryptography;
using System.Text.Json;
using Ecommerce.Contracts.Events;

namespace Ecommerce.Ordering.Apis;

/// <summary>
/// A hash of what a placement asks for (after trimming), stored with the order, to tell a retry with the same
/// Idempotency-Key (same fingerprint) from a reuse of the key for another order (different fingerprint → 422).
/// </summary>
public static class RequestFingerprint
{
    public static string Of(string customerEmail, string shippingAddress, IReadOnlyList<OrderLine> lines)
    {
        var canonical = JsonSerializer.SerializeToUtf8Bytes(new
        {
            customerEmail = customerEmail.ToLowerInvariant(),
            shippingAddress,
            lines = lines.Select(line => new { line.ProductId, line.Quantity }),
        });
        return Convert.ToHexStringLower(SHA256.HashData(canonical));
    }
}
