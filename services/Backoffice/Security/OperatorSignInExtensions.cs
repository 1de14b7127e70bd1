using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Ecommerce.Backoffice.Security;

public static class OperatorSignInExtensions
{
    /// <summary>
    /// Sign-in through the identity service: authorization code + PKCE as the confidential client
    /// <c>ecommerce-backoffice</c>, the session in a cookie that ends when the access token does. Every page wants an
    /// operator; anyone else signed in sees the access-denied page.
    /// </summary>
    public static WebApplicationBuilder AddOperatorSignIn(this WebApplicationBuilder builder, BackofficeSettings settings)
    {
        builder.Services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(options =>
            {
                options.Cookie.Name = "ecommerce.backoffice";
                options.AccessDeniedPath = "/access-denied";
                options.SlidingExpiration = false;
            })
            .AddOpenIdConnect(options =>
            {
                options.Authority = settings.Authority!.ToString();
                options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
                options.ClientId = settings.ClientId;
                options.ClientSecret = settings.ClientSecret;
                options.ResponseType = OpenIdConnectResponseType.Code;
                // The code comes back on a top-level GET (not a cross-site form POST), so the correlation and nonce
                // cookies can be SameSite=Lax: the identity server is another site (127.0.0.1 vs localhost), on http.
                options.ResponseMode = OpenIdConnectResponseMode.Query;
                options.CorrelationCookie.SameSite = SameSiteMode.Lax;
                options.NonceCookie.SameSite = SameSiteMode.Lax;
                if (!settings.RequireHttpsMetadata)
                {
                    options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                    options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                }

                options.UsePkce = true;
                options.MapInboundClaims = false;
                options.GetClaimsFromUserInfoEndpoint = false;
                options.SaveTokens = false;
                options.Scope.Clear();
                foreach (var scope in new[] { "openid", "email", "profile", "roles", "ecommerce" })
                {
                    options.Scope.Add(scope);
                }

                options.TokenValidationParameters.NameClaimType = OperatorClaims.Name;
                options.TokenValidationParameters.RoleClaimType = OperatorClaims.Role;
                options.Events.OnTokenValidated = KeepAccessToken;
            });

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(OperatorClaims.OperatorPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(OperatorClaims.OperatorRole));
        builder.Services.AddCascadingAuthenticationState();
        return builder;
    }

    private static Task KeepAccessToken(TokenValidatedContext context)
    {
        if (context.TokenEndpointResponse?.AccessToken is { } token && context.Principal?.Identity is ClaimsIdentity identity)
        {
            identity.AddClaim(new Claim(OperatorClaims.AccessToken, token));
            if (int.TryParse(context.TokenEndpointResponse.ExpiresIn, out var seconds))
            {
                // No refresh: once the token has expired, the next page asks the identity service again.
                context.Properties!.ExpiresUtc = DateTimeOffset.UtcNow.AddSeconds(seconds);
                context.Properties.IsPersistent = false;
            }
        }

        return Task.CompletedTask;
    }
}
