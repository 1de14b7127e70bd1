using System.Globalization;
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
    /// <c>ecommerce-backoffice</c>, with offline_access so the access token is renewed with the refresh token
    /// (<see cref="OperatorSessions"/>); the session is a cookie for Backoffice:SessionLifetime. Every page wants an
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
                options.EventsType = typeof(OperatorCookieEvents);
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
                foreach (var scope in new[] { "openid", "email", "profile", "roles", "offline_access", "ecommerce" })
                {
                    options.Scope.Add(scope);
                }

                options.TokenValidationParameters.NameClaimType = OperatorClaims.Name;
                options.TokenValidationParameters.RoleClaimType = OperatorClaims.Role;
                options.Events.OnTokenValidated = context => KeepTokens(context, settings.SessionLifetime);
            });

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(OperatorClaims.OperatorPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(OperatorClaims.OperatorRole));
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<TokenRefresher>();
        builder.Services.AddSingleton<OperatorSessions>();
        builder.Services.AddSingleton<OperatorCookieEvents>();
        return builder;
    }

    private static Task KeepTokens(TokenValidatedContext context, TimeSpan sessionLifetime)
    {
        if (context.TokenEndpointResponse is { AccessToken: { } accessToken } answer && context.Principal?.Identity is ClaimsIdentity identity)
        {
            var now = context.Options.TimeProvider?.GetUtcNow() ?? DateTimeOffset.UtcNow;
            var expiresIn = int.TryParse(answer.ExpiresIn, out var seconds) ? TimeSpan.FromSeconds(seconds) : TimeSpan.FromMinutes(5);
            identity.AddClaims(new OperatorTokens(accessToken, answer.RefreshToken, now, now + expiresIn).ToClaims());
            identity.AddClaim(new Claim(OperatorClaims.SessionId, Guid.NewGuid().ToString("N")));
            identity.AddClaim(new Claim(OperatorClaims.SessionEndsAt, (now + sessionLifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
            context.Properties!.ExpiresUtc = now + sessionLifetime;
            context.Properties.IsPersistent = false;
        }

        return Task.CompletedTask;
    }
}
