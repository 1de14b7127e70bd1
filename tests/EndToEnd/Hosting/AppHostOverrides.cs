using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;

namespace Ecommerce.EndToEnd.Hosting;

/// <summary>
/// What an end-to-end run changes in the app host's model before it starts: only environment variables the
/// resources already read, so the processes, ports and components stay exactly the app host's.
/// </summary>
internal static class AppHostOverrides
{
    private static readonly string[] DatabaseOwners = ["ordering", "inventory", "operations"];

    private static readonly (string Variable, string Database)[] SidecarStores =
    [
        ("WORKFLOW_STORE_CONNECTION", "workflow"),
        ("NOTIFICATION_STORE_CONNECTION", "notifications"),
        ("FULFILLMENT_STORE_CONNECTION", "fulfillment"),
    ];

    public static void Apply(IDistributedApplicationTestingBuilder builder, EcommerceAppOptions options, LocalRunPorts ports)
    {
        var projects = builder.Resources.OfType<ProjectResource>().ToDictionary(resource => resource.Name);
        var missing = EcommerceApp.ResourceNames.Except(builder.Resources.Select(resource => resource.Name)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"The app host has no resource named {string.Join(", ", missing)}.");
        }

        Set(builder, projects["ordering"], "Ordering__ReservationTimeout", options.ReservationTimeout.ToString("c", CultureInfo.InvariantCulture));

        // The app host's connection strings leave Npgsql's default pool of 100 per process: eight pools against the
        // local server's max_connections=200 run out under 200 concurrent orders ("53300: too many clients"), and the
        // workflow backend then fails turns. Capped pools queue instead. Remove once the app host caps them itself.
        foreach (var owner in DatabaseOwners)
        {
            Set(builder, projects[owner], $"ConnectionStrings__{owner}", ports.PooledConnectionString(owner));
        }

        foreach (var sidecar in EcommerceApp.Services.Select(EcommerceApp.SidecarOf).Select(name => projects[name]))
        {
            Set(builder, sidecar, EcommerceAppOptions.DeliveryCopiesVariable, options.DeliveryCopies.ToString(CultureInfo.InvariantCulture));
            foreach (var (variable, database) in SidecarStores)
            {
                Set(builder, sidecar, variable, ports.PooledConnectionString(database));
            }
        }
    }

    // A later WithEnvironment for the same name wins: the callbacks run in order into one dictionary.
    private static void Set(IDistributedApplicationTestingBuilder builder, ProjectResource resource, string name, string value) =>
        builder.CreateResourceBuilder(resource).WithEnvironment(name, value);
}
