namespace Ecommerce.Backoffice.Clients;

/// <summary>Inventory's catalog and stock API.</summary>
public sealed class InventoryClient(HttpClient http, OperatorToken token) : ServiceClient(http, token, "Inventory")
{
    public Task<ApiResult<List<ProductView>>> ListAsync(CancellationToken cancellationToken) =>
        GetAsync<List<ProductView>>("/products", cancellationToken);

    public Task<ApiResult<ProductView>> RestockAsync(string productId, int quantity, CancellationToken cancellationToken) =>
        SendAsync<ProductView>(HttpMethod.Post, $"/products/{Uri.EscapeDataString(productId)}/restock", new { quantity }, cancellationToken);

    public Task<ApiResult<ProductView>> CreateAsync(string id, string name, decimal? price, int stockOnHand, CancellationToken cancellationToken) =>
        SendAsync<ProductView>(HttpMethod.Post, "/products", new { id, name, price, stockOnHand }, cancellationToken);

    public Task<ApiResult<ProductView>> ChangePriceAsync(string productId, decimal price, CancellationToken cancellationToken) =>
        SendAsync<ProductView>(HttpMethod.Put, $"/products/{Uri.EscapeDataString(productId)}/price", new { price }, cancellationToken);
}
