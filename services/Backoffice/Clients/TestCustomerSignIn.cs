using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace Ecommerce.Backoffice.Clients;

/// <summary>
/// Signs in the configured test customer with the identity service's local-only password grant, so a test order is
/// placed with that customer's own token (Ordering takes the owner from it; the operator's token owns no orders).
/// </summary>
public sealed class TestCustomerSignIn(HttpClient http, BackofficeSettings settings)
{
    public bool IsAvailable => settings.TestCustomer is { Email: not null, Password: not null };

    public string? Email => settings.TestCustomer?.Email;

    public async Task<ApiResult<string>> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (settings.TestCustomer is not { Email: { } email, Password: { } password } customer)
        {
            return ApiResult<string>.Failure("No test customer is configured (Backoffice:TestCustomer), so test orders cannot be placed here.");
        }

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = customer.ClientId,
            ["username"] = email,
            ["password"] = password,
            ["scope"] = "openid email ecommerce",
        });
        try
        {
            using var response = await http.PostAsync("connect/token", form, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return ApiResult<string>.Failure($"The identity service did not sign in the test customer {email} ({(int)response.StatusCode}).");
            }

            var token = await response.Content.ReadFromJsonAsync<TokenAnswer>(cancellationToken);
            return token?.AccessToken is { } accessToken
                ? ApiResult<string>.Success(accessToken)
                : ApiResult<string>.Failure("The identity service answered without an access token.");
        }
        catch (HttpRequestException)
        {
            return ApiResult<string>.Failure(ProblemMessage.Unreachable("The identity service"));
        }
    }

    private sealed record TokenAnswer([property: JsonPropertyName("access_token")] string? AccessToken);
}
