using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Ecommerce.Backoffice.Clients;

/// <summary>
/// Calls one service's HTTP API as the signed-in operator (or with a given token) and turns every answer into an
/// <see cref="ApiResult{T}"/>: problem details become their message, a service that does not answer a sentence saying so.
/// </summary>
public abstract class ServiceClient(HttpClient http, OperatorToken operatorToken, string serviceName)
{
    protected Task<ApiResult<T>> GetAsync<T>(string path, CancellationToken cancellationToken) =>
        SendAsync<T>(HttpMethod.Get, path, body: null, token: null, cancellationToken);

    protected Task<ApiResult<T>> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken) =>
        SendAsync<T>(method, path, body, token: null, cancellationToken);

    protected async Task<ApiResult<T>> SendAsync<T>(HttpMethod method, string path, object? body, string? token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        // No token (the sign-in is over) goes out without one: the service's 401 becomes "sign in again".
        if ((token ?? await operatorToken.GetAsync(cancellationToken)) is { } bearer)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return ApiResult<T>.Failure(await ProblemMessage.FromAsync(serviceName, response, cancellationToken));
            }

            if (typeof(T) == typeof(Done))
            {
                return ApiResult<T>.Success((T)(object)Done.Value);
            }

            return await response.Content.ReadFromJsonAsync<T>(cancellationToken) is { } value
                ? ApiResult<T>.Success(value)
                : ApiResult<T>.Failure($"{serviceName} answered with an empty body.");
        }
        catch (HttpRequestException)
        {
            return ApiResult<T>.Failure(ProblemMessage.Unreachable(serviceName));
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException)
        {
            return ApiResult<T>.Failure($"{serviceName} answered something the back office cannot read. Try again in a moment.");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ApiResult<T>.Failure(ProblemMessage.Unreachable(serviceName));
        }
    }
}
