using Ecommerce.ServiceDefaults.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Ecommerce.ServiceDefaults.Telemetry;

/// <summary>
/// OpenTelemetry traces and metrics: Prometheus at /metrics always, OTLP when an endpoint is configured. Every meter
/// named <c>Ecommerce.*</c> is exported, so a service's own meter (Ecommerce.Ordering, ...) needs no wiring here;
/// the names on /metrics are listed in docs/metrics.md.
/// </summary>
public static class TelemetryExtensions
{
    /// <summary>The prefix of every meter the services create.</summary>
    public const string ServiceMeters = "Ecommerce.*";

    /// <summary>Dapr.Workflow's source: a span per activity run, parented on the trace the workflow was started in.</summary>
    public const string WorkflowSource = "Dapr.Workflow";

    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<MessagingMetrics>();
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName(builder)))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(ServiceMeters)
                .AddPrometheusExporter())
            .WithTracing(tracing => tracing
                .AddSource(builder.Environment.ApplicationName)
                .AddSource(WorkflowSource)
                .AddAspNetCoreInstrumentation(options =>
                    options.Filter = context => !context.Request.Path.StartsWithSegments("/health")
                                                && !context.Request.Path.StartsWithSegments("/metrics"))
                .AddHttpClientInstrumentation()
                .AddGrpcClientInstrumentation()
                .AddNpgsql());

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }

        return builder;
    }

    // OTEL_SERVICE_NAME when set (the Aspire app host sets the resource name, e.g. "ordering": the service's one
    // name), else the assembly's.
    private static string ServiceName(IHostApplicationBuilder builder) =>
        builder.Configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } name ? name : builder.Environment.ApplicationName;
}
