using System.Security.Cryptography;
using System.Text;

namespace Ecommerce.Fulfillment.Data;

/// <summary>
/// A fulfilment's id is derived from its order's id (RFC 9562 UUID version 5 of the order id's text in a fixed
/// namespace), so every redelivery of orders.confirmed lands on the same fulfilment, and any language can compute it.
/// </summary>
public static class FulfillmentIds
{
    public static readonly Guid Namespace = new("4f0c2a6e-5d0b-4a56-9f5e-2f7d1c8e9b31");

    public static Guid For(Guid orderId)
    {
        var name = Encoding.UTF8.GetBytes(orderId.ToString("D"));
        var input = new byte[16 + name.Length];
        Namespace.TryWriteBytes(input, bigEndian: true, out _);
        name.CopyTo(input, 16);

        // SHA-1 is what version 5 is defined with; it names things here, it protects nothing.
        var hash = SHA1.HashData(input);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
