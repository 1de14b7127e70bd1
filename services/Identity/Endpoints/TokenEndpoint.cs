using System.Security.Claims;
using Ecommerce.Identity.Accounts;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Ecommerce.Identity.Endpoints;

/// <summary>
/// /connect/token: authorization code and refresh token (the user is looked up again, so a removed user gets no new
/// token), client credentials (the machine client's role from its properties) and, in local mode only, the password
/// grant for scripts. OpenIddict has authenticated the client before this runs.
/// </summary>
public static class TokenEndpoint
{
    public static IEndpointRouteBuilder MapTokenEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapPost("/connect/token", ExchangeAsync).ExcludeFromDescription().DisableAntiforgery();
        return app;
    }

    public static async Task<IResult> ExchangeAsync(
        HttpContext context, UserAccounts users, IOpenIddictApplicationManager applications, CancellationToken cancellationToken)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The OpenID Connect request cannot be retrieved.");

        if (request.IsClientCredentialsGrantType())
        {
            var application = await applications.FindByClientIdAsync(request.ClientId!, cancellationToken)
                ?? throw new InvalidOperationException("The client was authenticated but cannot be found.");
            var properties = await applications.GetPropertiesAsync(application, cancellationToken);
            var role = properties.TryGetValue(TokenClaims.RoleProperty, out var value) ? value.GetString() : null;
            return SignIn(TokenClaims.ForClient(request.ClientId!, role, request.GetScopes()));
        }

        if (request.IsPasswordGrantType())
        {
            var user = await users.CheckPasswordAsync(request.Username, request.Password, cancellationToken);
            return user is null
                ? Refuse(Errors.InvalidGrant, "The email or the password is wrong.")
                : SignIn(TokenClaims.ForUser(user, request.GetScopes()));
        }

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var granted = await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
            var user = await users.FindByIdAsync(granted.Principal?.GetClaim(Claims.Subject), cancellationToken);
            return user is null
                ? Refuse(Errors.InvalidGrant, "The user no longer exists.")
                : SignIn(TokenClaims.ForUser(user, granted.Principal!.GetScopes()));
        }

        return Refuse(Errors.UnsupportedGrantType, "This grant type is not supported.");
    }

    private static IResult SignIn(ClaimsIdentity identity) =>
        Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);

    private static IResult Refuse(string error, string description) => Results.Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }),
        [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
