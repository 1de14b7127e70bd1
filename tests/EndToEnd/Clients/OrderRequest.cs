namespace Ecommerce.EndToEnd.Clients;

/// <summary>The body of POST /orders.</summary>
public sealed record OrderRequest(string CustomerEmail, string ShippingAddress, IReadOnlyList<OrderRequestLine> Lines)
{
    public static OrderRequest For(string customerEmail, params (string ProductId, int Quantity)[] lines) =>
        new(customerEmail, "1 Test Street, 1000 Testville", [.. lines.Select(line => new OrderRequestLine(line.ProductId, line.Quantity))]);
}
