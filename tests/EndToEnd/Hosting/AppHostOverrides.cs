using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Ecommerce.AppHost.Testing;

namespace Ecommerce.EndToEnd.Hosting;

/// <summary>
/// What an end-to-end run changes in the app host's model before it starts: only environment variables the
/// resources already read, so the processes, ports and components stay exactly the app host's.
/// </summary>
internal static class AppHostOverrides
{
    public static void Apply(IDistributedApplicationTestingBuilder builder, EcommerceAppOptions options)
    {
        var projects = builder.Resources.OfType<ProjectResource>().ToDictionary(resource => resource.Name);
        var settings = EcommerceApp.SettingsFor(options);
        var missing = LocalAppHost.ReadyResources(startServices: true, settings).Except(builder.Resources.Select(resource => resource.Name)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"The app host has no resource named {string.Join(", ", missing)}.");
        }

        foreach (var ordering in settings.ReplicaNames("ordering"))
        {
            Set(builder, projects[ordering], "Ordering__ReservationTimeout", options.ReservationTimeout.ToString("c", CultureInfo.InvariantCulture));
        }

        if (options.SmtpRetryWithin is { } retryWithin)
        {
            foreach (var notifications in settings.ReplicaNames("notifications"))
            {
                Set(builder, projects[notifications], "Smtp__RetryWithin", retryWithin.ToString("c", CultureInfo.InvariantCulture));
            }
        }

        foreach (var sidecar in LocalAppHost.Replicas(settings).Select(EcommerceApp.SidecarOf).Select(name => projects[name]))
        {
            Set(builder, sidecar, EcommerceAppOptions.DeliveryCopiesVariable, options.DeliveryCopies.ToString(CultureInfo.InvariantCulture));
        }

        if (options.OtlpEndpoint is { } otlp)
        {
            foreach (var service in EcommerceApp.Services)
            {
                // The variables the app host sets for its dashboard, pointed at the test's receiver instead.
                Set(builder, projects[service], "OTEL_EXPORTER_OTLP_ENDPOINT", otlp.ToString().TrimEnd('/'));
                Set(builder, projects[service], "OTEL_EXPORTER_OTLP_PROTOCOL", Telemetry.Testing.OtlpTraceReceiver.Protocol);
                Set(builder, projects[service], "OTEL_SERVICE_NAME", service);
                Set(builder, projects[service], "OTEL_BSP_SCHEDULE_DELAY", "500");
            }
        }
    }

    // A later WithEnvironment for the same name wins: the callbacks run in order into one dictionary.
    private static void Set(IDistributedApplicationTestingBuilder builder, ProjectResource resource, string name, string value) =>
        builder.CreateResourceBuilder(resource).WithEnvironment(name, value);
}
