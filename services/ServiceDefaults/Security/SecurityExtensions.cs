using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Ecommerce.ServiceDefaults.Security;

/// <summary>
/// Bearer tokens (JwtBearer, from the <c>Auth</c> section) for the APIs, Dapr's app API token (APP_API_TOKEN, through
/// Dapr.AspNetCore's authentication handler) for the subscription routes, and the named policies. Start fails when
/// neither an authority nor a test signing key is set, or when APP_API_TOKEN is missing.
/// </summary>
public static class SecurityExtensions
{
    public const string DaprScheme = "Dapr";
    public const string AppApiTokenSetting = "APP_API_TOKEN";

    public static IHostApplicationBuilder AddServiceSecurity(this IHostApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(AuthSettings.Section).Get<AuthSettings>() ?? new AuthSettings();
        Validate(settings, builder.Configuration[AppApiTokenSetting]);
        builder.Services.AddSingleton(Options.Create(settings));

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options => ConfigureBearer(options, settings))
            .AddDapr(options => options.Token = builder.Configuration[AppApiTokenSetting]);

        builder.Services.AddSingleton<IAuthorizationHandler, OrderOwnerHandler>();
        builder.Services.AddSingleton<IAuthorizationHandler, SubscriptionRouteHandler>();
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, AuthorizationProblems>();
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policies.SignedIn, policy => Bearer(policy))
            .AddPolicy(Policies.Operator, policy => Bearer(policy).RequireRole(settings.OperatorRole))
            .AddPolicy(Policies.OrderOwner, policy => Bearer(policy).AddRequirements(new OrderOwnerRequirement()))
            .AddPolicy(Policies.DaprSidecar, policy => Sidecar(policy))
            .SetFallbackPolicy(Sidecar(new AuthorizationPolicyBuilder()).Build());
        return builder;
    }

    public static WebApplication UseServiceSecurity(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    private static AuthorizationPolicyBuilder Bearer(AuthorizationPolicyBuilder policy) =>
        policy.AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme).RequireAuthenticatedUser();

    private static AuthorizationPolicyBuilder Sidecar(AuthorizationPolicyBuilder policy) =>
        policy.AddAuthenticationSchemes(DaprScheme).AddRequirements(new SubscriptionRouteRequirement());

    private static void ConfigureBearer(JwtBearerOptions options, AuthSettings settings)
    {
        options.MapInboundClaims = false;
        options.Audience = settings.Audience;
        options.TokenValidationParameters.NameClaimType = "name";
        options.TokenValidationParameters.RoleClaimType = settings.RoleClaimType;
        options.TokenValidationParameters.ValidAudience = settings.Audience;
        options.TokenValidationParameters.ClockSkew = settings.ClockSkew;
        if (settings.SigningKey is { Length: > 0 } key)
        {
            options.TokenValidationParameters.IssuerSigningKey = new SymmetricSecurityKey(Convert.FromBase64String(key));
            options.TokenValidationParameters.ValidIssuer = settings.Issuer;
            return;
        }

        options.Authority = settings.Authority;
        options.RequireHttpsMetadata = settings.RequireHttpsMetadata;
    }

    private static void Validate(AuthSettings settings, string? appApiToken)
    {
        if (string.IsNullOrWhiteSpace(settings.Authority) && string.IsNullOrWhiteSpace(settings.SigningKey))
        {
            throw new InvalidOperationException(
                "Missing setting Auth:Authority (environment variable Auth__Authority): the OpenID Connect authority whose tokens this service accepts, " +
                "e.g. http://127.0.0.1:5106/ for the local Identity service or your Keycloak realm / Entra ID tenant URL.");
        }

        if (settings.SigningKey is { Length: > 0 } && string.IsNullOrWhiteSpace(settings.Issuer))
        {
            throw new InvalidOperationException("Setting Auth:SigningKey (tests only) needs Auth:Issuer, the issuer its tokens name.");
        }

        if (string.IsNullOrWhiteSpace(appApiToken))
        {
            throw new InvalidOperationException(
                "Missing setting APP_API_TOKEN: the token the Dapr sidecar sends as dapr-api-token on every call to this app " +
                "(daprd's APP_API_TOKEN, the same value). Subscription routes accept nothing without it.");
        }
    }
}
