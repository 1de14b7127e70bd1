namespace Ecommerce.Backoffice.Clients;

/// <summary>Operations' /deadletters API: list, inspect, replay to the original topic, delete.</summary>
public sealed class OperationsClient(HttpClient http, OperatorToken token) : ServiceClient(http, token, "Operations")
{
    public Task<ApiResult<DeadLetterPageView>> ListAsync(int page, int pageSize, CancellationToken cancellationToken) =>
        GetAsync<DeadLetterPageView>($"/deadletters?page={page}&pageSize={pageSize}", cancellationToken);

    public Task<ApiResult<DeadLetterView>> GetAsync(Guid id, CancellationToken cancellationToken) =>
        GetAsync<DeadLetterView>($"/deadletters/{id}", cancellationToken);

    public Task<ApiResult<DeadLetterView>> ReplayAsync(Guid id, CancellationToken cancellationToken) =>
        SendAsync<DeadLetterView>(HttpMethod.Post, $"/deadletters/{id}/replay", body: null, cancellationToken);

    public Task<ApiResult<Done>> DeleteAsync(Guid id, CancellationToken cancellationToken) =>
        SendAsync<Done>(HttpMethod.Delete, $"/deadletters/{id}", body: null, cancellationToken);
}
