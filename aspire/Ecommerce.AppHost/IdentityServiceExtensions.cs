namespace Ecommerce.AppHost;

public static class IdentityServiceExtensions
{
    /// <summary>The identity service's own database (PostgreSQL creates it with the others).</summary>
    public const string Database = "identity";

    /// <summary>
    /// services/Identity on its own database, seeding the local users and clients (README, "Security") and allowing
    /// the local-only password grant for scripts. Port 5106 with fixed service ports, otherwise a free one; its
    /// issuer is that loopback address, and the services use it as their authority.
    /// </summary>
    public static IdentityServer AddIdentityService(this IDistributedApplicationBuilder builder, LocalInfrastructure infrastructure)
    {
        var port = infrastructure.Settings.FixedServicePorts ? infrastructure.Settings.IdentityPort : FreePorts.Next();
        var authority = $"http://127.0.0.1:{port}/";
        var identity = builder.AddProject<Projects.Identity>(Database, options => options.ExcludeLaunchProfile = true)
            .WithHttpEndpoint(port: port, name: "http", isProxied: false)
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName)
            .WithEnvironment($"ConnectionStrings__{Database}", infrastructure.ConnectionString(Database))
            .WithEnvironment("Identity__Issuer", authority)
            .WithEnvironment("Identity__RequireHttps", "false")
            .WithEnvironment("Identity__SeedLocalAccounts", "true")
            .WithEnvironment("Identity__AllowPasswordGrant", "true")
            .WithHttpHealthCheck("/health/ready", endpointName: "http")
            .WaitFor(infrastructure.Postgres);
        return new IdentityServer(identity, authority);
    }

    /// <summary>Points a service at the local identity server: it accepts that server's tokens, once it is up.</summary>
    public static DaprService WithIdentity(this DaprService service, IdentityServer identity) =>
        service.Each(replica => replica
            .WithEnvironment("Auth__Authority", identity.Authority)
            .WithEnvironment("Auth__RequireHttpsMetadata", "false")
            .WaitFor(identity.Resource));
}
