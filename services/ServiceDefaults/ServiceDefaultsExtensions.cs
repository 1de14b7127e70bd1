using Ecommerce.ServiceDefaults.Http;
using Ecommerce.ServiceDefaults.Logging;
using Ecommerce.ServiceDefaults.Security;
using Ecommerce.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Ecommerce.ServiceDefaults;

/// <summary>Wiring every service shares, as in Aspire's ServiceDefaults: call once in Program.cs.</summary>
public static class ServiceDefaultsExtensions
{
    private const string LiveTag = "live";

    /// <summary>Sent as <c>dapr-api-token</c> on every call to the sidecar when set (daprd's DAPR_API_TOKEN).</summary>
    public const string DaprApiTokenSetting = "DAPR_API_TOKEN";

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.AddStructuredLogging();
        builder.AddTelemetry();
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        builder.Services.AddHttpProblemDetails();
        builder.Services.AddRequestLimits();
        builder.Services.AddRateLimits(builder.Configuration);
        builder.Services.AddOpenApi(options => options.AddBearerSecurity());
        builder.Services.AddDaprClient((services, dapr) => dapr.UseDaprApiToken(builder.Configuration[DaprApiTokenSetting]));
        builder.AddServiceSecurity();
        return builder;
    }

    /// <summary>
    /// Health, metrics, OpenAPI (with its API reference page in development) and the error pipeline. Call before
    /// mapping the service's own APIs.
    /// </summary>
    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRequestLogging();
        app.UseCloudEvents();
        app.UseServiceSecurity();
        app.UseRequestLimits();
        app.UseRateLimits();
        app.MapSubscribeHandler();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = check => check.Tags.Contains(LiveTag) }).AllowAnonymous();
        app.MapHealthChecks("/health/ready").AllowAnonymous();
        app.MapPrometheusScrapingEndpoint("/metrics").AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
        app.MapApiReference();
        return app;
    }
}
