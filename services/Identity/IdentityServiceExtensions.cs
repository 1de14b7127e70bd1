using Ecommerce.Identity.Accounts;
using Ecommerce.Identity.Data;
using Ecommerce.ServiceDefaults.Http;
using Ecommerce.ServiceDefaults.Logging;
using Ecommerce.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Ecommerce.Identity;

public static class IdentityServiceExtensions
{
    public static WebApplicationBuilder AddIdentityServer(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(IdentitySettings.Section).Get<IdentitySettings>() ?? new IdentitySettings();
        if (settings.Issuer is null)
        {
            throw new InvalidOperationException(
                "Missing setting Identity:Issuer (environment variable Identity__Issuer): the issuer URL the services use as their Auth:Authority.");
        }

        var connectionString = builder.Configuration.GetConnectionString("identity");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                "Missing setting ConnectionStrings:identity (environment variable ConnectionStrings__identity): the PostgreSQL database of the identity service.");
        }

        builder.AddStructuredLogging();
        builder.AddTelemetry();
        builder.Services.AddHttpProblemDetails();
        builder.Services.AddHealthChecks().AddDbContextCheck<IdentityDbContext>("database");
        builder.Services.AddSingleton(settings);
        builder.Services.AddDbContext<IdentityDbContext>(options =>
        {
            options.UseNpgsql(connectionString);
            options.UseOpenIddict();
        });
        builder.Services.AddSingleton<IPasswordHasher<UserAccount>, PasswordHasher<UserAccount>>();
        builder.Services.AddScoped<UserAccounts>();
        builder.Services.AddHostedService<IdentitySeeder>();
        builder.Services.AddAntiforgery();

        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = "/account/login";
                options.Cookie.Name = "ecommerce.identity";
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
            });
        builder.Services.AddAuthorization();

        builder.Services.AddOpenIddict()
            .AddCore(options => options.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>())
            .AddServer(options =>
            {
                options.SetIssuer(settings.Issuer);
                options.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetUserInfoEndpointUris("connect/userinfo")
                    .SetEndSessionEndpointUris("connect/logout");

                options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                options.AllowClientCredentialsFlow();
                options.AllowRefreshTokenFlow();
                if (settings.AccessTokenLifetime is { } lifetime)
                {
                    options.SetAccessTokenLifetime(lifetime);
                }
                if (settings.AllowPasswordGrant)
                {
                    options.AllowPasswordFlow();
                }

                options.RegisterScopes(Scopes.OpenId, Scopes.Email, Scopes.Profile, Scopes.Roles, Scopes.OfflineAccess, LocalAccounts.ApiScope);

                // Keys live in memory: a restart signs with new keys (the services fetch them again) and ends every
                // session and refresh token. Fine for local mode; production uses its own OIDC provider.
                options.AddEphemeralEncryptionKey().AddEphemeralSigningKey();

                // Plain signed JWTs, so every service validates them with the stock JwtBearer handler.
                options.DisableAccessTokenEncryption();

                var aspNetCore = options.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .EnableStatusCodePagesIntegration();
                if (!settings.RequireHttps)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            });
        return builder;
    }

    public static WebApplication UseIdentityServer(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestLogging();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapHealthChecks("/health/live", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready");
        return app;
    }
}
