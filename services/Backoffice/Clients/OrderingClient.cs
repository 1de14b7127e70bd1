namespace Ecommerce.Backoffice.Clients;

/// <summary>Ordering's /orders API, as the operator (everyone's orders) or as a test customer placing one.</summary>
public sealed class OrderingClient(HttpClient http, OperatorToken token) : ServiceClient(http, token, "Ordering")
{
    public Task<ApiResult<List<OrderSummaryView>>> ListAsync(string? customerEmail, CancellationToken cancellationToken) =>
        GetAsync<List<OrderSummaryView>>(
            string.IsNullOrWhiteSpace(customerEmail) ? "/orders" : $"/orders?customerEmail={Uri.EscapeDataString(customerEmail.Trim())}",
            cancellationToken);

    public Task<ApiResult<OrderView>> GetAsync(Guid orderId, CancellationToken cancellationToken) =>
        GetAsync<OrderView>($"/orders/{orderId}", cancellationToken);

    public Task<ApiResult<OrderView>> CancelAsync(Guid orderId, CancellationToken cancellationToken) =>
        SendAsync<OrderView>(HttpMethod.Post, $"/orders/{orderId}/cancel", body: null, cancellationToken);

    /// <summary>Places an order with the customer's own token: the order is theirs.</summary>
    public Task<ApiResult<OrderView>> PlaceAsync(string customerToken, string shippingAddress, string productId, int quantity, CancellationToken cancellationToken) =>
        SendAsync<OrderView>(HttpMethod.Post, "/orders",
            new { shippingAddress, lines = new[] { new { productId, quantity } } }, customerToken, cancellationToken);
}
