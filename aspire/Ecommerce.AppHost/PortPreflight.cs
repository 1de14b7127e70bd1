using Aspire.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Ecommerce.AppHost;

/// <summary>
/// Checks, before anything starts, every fixed loopback port the run will listen on: the resources' endpoints and
/// the dashboard's. A busy port would otherwise surface minutes later, if at all (PostgreSQL's script waits on a server
/// that cannot bind, and everything else waits on PostgreSQL), so the run stops at once naming the port, who needs it
/// and the setting that moves it.
/// </summary>
public sealed class PortPreflight(IConfiguration configuration, DistributedApplicationOptions options, ILogger<PortPreflight> logger)
{
    /// <summary>Where the dashboard and the two endpoints the app host serves for it listen (the launch profile).</summary>
    private static readonly (string Key, string Owner)[] DashboardUrls =
    [
        ("ASPNETCORE_URLS", "the Aspire dashboard"),
        ("ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL", "the dashboard's telemetry (OTLP) endpoint"),
        ("ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL", "the dashboard's resource service"),
    ];

    /// <summary>Reports the ports that were moved; throws <see cref="LocalRunException"/> naming every busy one.</summary>
    public void Check(DistributedApplicationModel model)
    {
        foreach (var resource in model.Resources)
        {
            foreach (var moved in resource.Annotations.OfType<MovedPortAnnotation>())
            {
                LocalRunLog.PortMoved(logger, resource.Name, moved.What, moved.Wanted, moved.Used);
            }
        }

        var claims = Claims(model).ToList();
        var busy = claims.Where(claim => !FreePorts.IsFree(claim.Port)).ToList();
        if (busy.Count > 0)
        {
            throw new LocalRunException(string.Join(Environment.NewLine, busy.Select(claim => claim.Describe())));
        }
    }

    private IEnumerable<PortClaim> Claims(DistributedApplicationModel model)
    {
        var claimed = new HashSet<int>();
        foreach (var resource in model.Resources)
        {
            var settings = resource.Annotations.OfType<PortSettingAnnotation>().ToDictionary(setting => setting.EndpointName);
            foreach (var endpoint in resource.Annotations.OfType<EndpointAnnotation>())
            {
                if (endpoint.Port is not { } port || !claimed.Add(port))
                {
                    continue;
                }

                var move = settings.TryGetValue(endpoint.Name, out var setting)
                    ? setting.Move(SuggestFree(port, claimed))
                    : $"{LocalRunSettings.Argument(nameof(LocalRunSettings.FixedServicePorts), false)} (every service on a free port; the ready summary lists them)";
                yield return new PortClaim(port, $"{resource.Name} ({endpoint.Name})", move);
            }
        }

        if (options.DisableDashboard)
        {
            yield break;
        }

        foreach (var (key, owner) in DashboardUrls)
        {
            var first = configuration[key]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
            if (Uri.TryCreate(first, UriKind.Absolute, out var url) && url.IsLoopback && claimed.Add(url.Port))
            {
                var moved = new UriBuilder(url) { Port = SuggestFree(url.Port, claimed) }.Uri.GetLeftPart(UriPartial.Authority);
                yield return new PortClaim(url.Port, owner, $"--{key}={moved}");
            }
        }
    }

    /// <summary>A port near the busy one that is free now, so the suggested setting works when copied.</summary>
    private static int SuggestFree(int busy, IReadOnlySet<int> claimed)
    {
        for (var port = busy + 1; port < Math.Min(busy + 200, 65536); port++)
        {
            if (!claimed.Contains(port) && FreePorts.IsFree(port))
            {
                return port;
            }
        }

        return FreePorts.Next();
    }
}
