namespace Ecommerce.Ordering.Tests.Infrastructure;

/// <summary>Request bodies for POST /orders.</summary>
public static class OrderRequests
{
    public static object Valid(string customerEmail = "ada@example.com", params (string ProductId, int Quantity)[] lines) => new
    {
        customerEmail,
        shippingAddress = "12 Analytical Row, London",
        lines = (lines.Length == 0 ? [("SKU-1", 2)] : lines).Select(l => new { productId = l.ProductId, quantity = l.Quantity }),
    };
}
