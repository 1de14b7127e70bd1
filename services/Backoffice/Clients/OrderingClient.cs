namespace Ecommerce.Backoffice.Clients;

/// <summary>Ordering's /orders API, as the operator (everyone's orders) or as a test customer placing one.</summary>
public sealed class OrderingClient(HttpClient http, OperatorToken token) : ServiceClient(http, token, "Ordering")
{
    /// <summary>One page of orders; Ordering filters, counts and pages them.</summary>
    public Task<ApiResult<OrderPageView>> ListAsync(OrderListQuery query, CancellationToken cancellationToken)
    {
        List<string> parameters = [$"page={query.Page}", $"pageSize={query.PageSize}"];
        if (query.Status is not null)
        {
            parameters.Add($"status={Uri.EscapeDataString(query.Status)}");
        }

        if (query.CustomerEmail is not null)
        {
            parameters.Add($"customerEmail={Uri.EscapeDataString(query.CustomerEmail)}");
        }

        return GetAsync<OrderPageView>("/orders?" + string.Join('&', parameters), cancellationToken);
    }

    public Task<ApiResult<OrderView>> GetAsync(Guid orderId, CancellationToken cancellationToken) =>
        GetAsync<OrderView>($"/orders/{orderId}", cancellationToken);

    public Task<ApiResult<OrderView>> CancelAsync(Guid orderId, CancellationToken cancellationToken) =>
        SendAsync<OrderView>(HttpMethod.Post, $"/orders/{orderId}/cancel", body: null, cancellationToken);

    /// <summary>Places an order with the customer's own token: the order is theirs.</summary>
    public Task<ApiResult<OrderView>> PlaceAsync(string customerToken, string shippingAddress, string productId, int quantity, CancellationToken cancellationToken) =>
        SendAsync<OrderView>(HttpMethod.Post, "/orders",
            new { shippingAddress, lines = new[] { new { productId, quantity } } }, customerToken, cancellationToken);
}
