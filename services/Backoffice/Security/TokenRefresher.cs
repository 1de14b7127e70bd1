using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;

namespace Ecommerce.Backoffice.Security;

/// <summary>
/// The refresh token grant at the authority's token endpoint (from its discovery document), as the confidential client
/// the operator signed in with, over the sign-in handler's own backchannel.
/// </summary>
public sealed partial class TokenRefresher(IOptionsMonitor<OpenIdConnectOptions> oidc, TimeProvider time, ILogger<TokenRefresher> logger)
{
    public async Task<RefreshOutcome> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var options = oidc.Get(OpenIdConnectDefaults.AuthenticationScheme);
        try
        {
            var configuration = await options.ConfigurationManager!.GetConfigurationAsync(cancellationToken);
            using var form = new FormUrlEncodedContent(new Dictionary<string, string?>
            {
                ["grant_type"] = "refresh_token",
                ["client_id"] = options.ClientId,
                ["client_secret"] = options.ClientSecret,
                ["refresh_token"] = refreshToken,
            });
            using var response = await options.Backchannel.PostAsync(configuration.TokenEndpoint, form, cancellationToken);
            if (response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized)
            {
                // invalid_grant: the refresh token expired, was revoked or the user is gone.
                LogRefused(logger, (int)response.StatusCode);
                return RefreshOutcome.Refusal;
            }

            if (!response.IsSuccessStatusCode)
            {
                LogNoAnswer(logger, $"status {(int)response.StatusCode}");
                return RefreshOutcome.NoAnswer;
            }

            var answer = await response.Content.ReadFromJsonAsync<TokenAnswer>(cancellationToken);
            if (answer?.AccessToken is not { } accessToken || answer.ExpiresIn is not > 0)
            {
                LogNoAnswer(logger, "no access token or lifetime in the answer");
                return RefreshOutcome.NoAnswer;
            }

            var now = time.GetUtcNow();
            // A rotating authority sends a new refresh token each time; one that does not keeps the old one valid.
            return RefreshOutcome.Renewed(new OperatorTokens(accessToken, answer.RefreshToken ?? refreshToken, now, now.AddSeconds(answer.ExpiresIn.Value)));
        }
        catch (Exception exception) when (exception is HttpRequestException or InvalidOperationException or JsonException
            || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogNoAnswer(logger, exception.Message);
            return RefreshOutcome.NoAnswer;
        }
    }

    private sealed record TokenAnswer(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("refresh_token")] string? RefreshToken,
        [property: JsonPropertyName("expires_in")] int? ExpiresIn);

    [LoggerMessage(Level = LogLevel.Information, Message = "The authority refused to renew an operator's access token ({Status}); that sign-in is over")]
    private static partial void LogRefused(ILogger logger, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing an operator's access token failed ({Reason}); the current token is used while it lasts")]
    private static partial void LogNoAnswer(ILogger logger, string reason);
}
