namespace Ecommerce.Backoffice.Clients;

/// <summary>Fulfillment's /fulfillments API: what waits to be shipped, and shipping it.</summary>
public sealed class FulfillmentClient(HttpClient http, OperatorToken token) : ServiceClient(http, token, "Fulfillment")
{
    public const string Open = "PROCESSING";

    public Task<ApiResult<List<FulfillmentView>>> ListOpenAsync(CancellationToken cancellationToken) =>
        GetAsync<List<FulfillmentView>>($"/fulfillments?status={Open}", cancellationToken);

    public Task<ApiResult<List<FulfillmentView>>> ForOrderAsync(Guid orderId, CancellationToken cancellationToken) =>
        GetAsync<List<FulfillmentView>>($"/fulfillments?orderId={orderId}", cancellationToken);

    public Task<ApiResult<FulfillmentView>> ShipAsync(Guid fulfillmentId, CancellationToken cancellationToken) =>
        SendAsync<FulfillmentView>(HttpMethod.Post, $"/fulfillments/{fulfillmentId}/ship", body: null, cancellationToken);
}
