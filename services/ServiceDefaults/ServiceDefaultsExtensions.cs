using Ecommerce.ServiceDefaults.Http;
using Ecommerce.ServiceDefaults.Logging;
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

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.AddStructuredLogging();
        builder.AddTelemetry();
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);
        builder.Services.AddHttpProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddDaprClient();
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
        app.MapSubscribeHandler();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = check => check.Tags.Contains(LiveTag) });
        app.MapHealthChecks("/health/ready");
        app.MapPrometheusScrapingEndpoint("/metrics");
        app.MapOpenApi();
        app.MapApiReference();
        return app;
    }
}
