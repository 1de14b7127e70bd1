namespace Ecommerce.AppHost;

public static class BackofficeExtensions
{
    /// <summary>The back office's resource name (and the folder and project of services/Backoffice).</summary>
    public const string Name = "backoffice";

    /// <summary>The seeded local customer the back office places its test orders for (README, "Security").</summary>
    private const string TestCustomerEmail = "ada@example.com";
    private const string TestCustomerPassword = "ada-password-local";

    /// <summary>
    /// services/Backoffice on port 5107 with fixed service ports, otherwise a free one. It signs operators in with
    /// the local identity server, which is told the back office's address (its redirect URIs, both loopback names)
    /// before it seeds the <c>ecommerce-backoffice</c> client, and calls each service's HTTP API at the address the app
    /// host gave that service (its first replica). No sidecar: it publishes and subscribes to nothing.
    /// </summary>
    public static IResourceBuilder<ProjectResource> AddBackoffice(
        this IDistributedApplicationBuilder builder, LocalInfrastructure infrastructure, IdentityServer identity,
        IReadOnlyDictionary<string, DaprService> services)
    {
        var port = infrastructure.Settings.FixedServicePorts ? infrastructure.Settings.BackofficePort : FreePorts.Next();
        string[] urls = [$"http://localhost:{port}", $"http://127.0.0.1:{port}"];
        for (var i = 0; i < urls.Length; i++)
        {
            identity.Resource.WithEnvironment($"Identity__BackofficeUrls__{i}", urls[i]);
        }

        var backoffice = builder.AddProject<Projects.Backoffice>(Name, options => options.ExcludeLaunchProfile = true)
            .WithHttpEndpoint(port: port, name: "http", isProxied: false)
            .WithAnnotation(new PortSettingAnnotation("http", free => LocalRunSettings.Argument(nameof(LocalRunSettings.BackofficePort), free)))
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName)
            .WithEnvironment("Backoffice__Authority", identity.Authority)
            .WithEnvironment("Backoffice__RequireHttpsMetadata", "false")
            .WithEnvironment("Backoffice__ClientSecret", "backoffice-secret-local")
            .WithEnvironment("Backoffice__TestCustomer__Email", TestCustomerEmail)
            .WithEnvironment("Backoffice__TestCustomer__Password", TestCustomerPassword)
            .WithHttpHealthCheck("/health/ready", endpointName: "http")
            .WaitFor(identity.Resource);
        foreach (var (setting, appId) in new[] { ("OrderingUrl", "ordering"), ("InventoryUrl", "inventory"), ("FulfillmentUrl", "fulfillment"), ("OperationsUrl", "operations") })
        {
            // The first replica: the back office has no load balancer in front of a service's replicas.
            backoffice.WithEnvironment($"Backoffice__{setting}", services[appId].Replicas[0].GetEndpoint("http"));
        }

        return backoffice;
    }
}
