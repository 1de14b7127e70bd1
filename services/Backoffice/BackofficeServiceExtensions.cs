using Ecommerce.Backoffice.Clients;
using Ecommerce.Backoffice.Components;
using Ecommerce.Backoffice.Security;
using Ecommerce.ServiceDefaults.Logging;
using Ecommerce.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Ecommerce.Backoffice;

public static class BackofficeServiceExtensions
{
    /// <summary>
    /// Logging and telemetry as every service has them, the operator sign-in, one typed client per service API (plain
    /// HTTP to the address configured for it, with the operator's token) and Blazor with interactive server rendering.
    /// </summary>
    public static WebApplicationBuilder AddBackoffice(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(BackofficeSettings.Section).Get<BackofficeSettings>() ?? new BackofficeSettings();
        foreach (var (name, value) in new (string, Uri?)[]
        {
            (nameof(settings.Authority), settings.Authority), (nameof(settings.OrderingUrl), settings.OrderingUrl),
            (nameof(settings.InventoryUrl), settings.InventoryUrl), (nameof(settings.FulfillmentUrl), settings.FulfillmentUrl),
            (nameof(settings.OperationsUrl), settings.OperationsUrl),
        })
        {
            if (value is null)
            {
                throw new InvalidOperationException(
                    $"Missing setting {BackofficeSettings.Section}:{name} (environment variable {BackofficeSettings.Section}__{name}).");
            }
        }

        builder.AddStructuredLogging();
        builder.AddTelemetry();
        builder.Services.AddHealthChecks();
        builder.Services.AddSingleton(settings);
        builder.AddOperatorSignIn(settings);

        builder.Services.AddScoped<OperatorToken>();
        builder.Services.AddHttpClient<OrderingClient>(http => http.BaseAddress = settings.OrderingUrl);
        builder.Services.AddHttpClient<InventoryClient>(http => http.BaseAddress = settings.InventoryUrl);
        builder.Services.AddHttpClient<FulfillmentClient>(http => http.BaseAddress = settings.FulfillmentUrl);
        builder.Services.AddHttpClient<OperationsClient>(http => http.BaseAddress = settings.OperationsUrl);
        builder.Services.AddHttpClient<TestCustomerSignIn>(http => http.BaseAddress = settings.Authority);

        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        return builder;
    }

    public static WebApplication UseBackoffice(this WebApplication app)
    {
        app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseRequestLogging();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready").AllowAnonymous();
        app.MapStaticAssets().AllowAnonymous();
        app.MapAccountEndpoints();
        // Each page names the operator policy itself ([Authorize]): the circuit's hub stays open to anyone signed in,
        // so a customer who signs in gets the "operators only" page instead of a dead one.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
