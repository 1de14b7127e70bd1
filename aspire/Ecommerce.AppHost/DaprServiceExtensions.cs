namespace Ecommerce.AppHost;

public static class DaprServiceExtensions
{
    /// <summary>
    /// Adds a service and its local Dapr sidecar (runtime/LocalSidecar, started with daprd's flags) reading the
    /// repository's components/, once per replica (<see cref="LocalRunSettings.ReplicaCount"/>; one by default). The
    /// service gets DAPR_GRPC_PORT/DAPR_HTTP_PORT (and the matching *_ENDPOINT) and <c>ConnectionStrings:{appId}</c>
    /// for its own database; the sidecar gets the secrets the components name (KAFKA_BROKERS and the state stores'
    /// connection strings). Both start after PostgreSQL, Kafka and the SMTP sink are healthy. The sidecar keeps asking
    /// the app for its subscriptions until it answers, as daprd does, so the two start side by side. Launch profiles
    /// are ignored: the app host owns every port and setting.
    /// </summary>
    public static DaprService AddDaprService<TProject>(
        this IDistributedApplicationBuilder builder, string appId, LocalInfrastructure infrastructure)
        where TProject : IProjectMetadata, new() =>
        new([.. Enumerable.Range(1, infrastructure.Settings.ReplicaCount(appId))
            .Select(replica => builder.AddReplica<TProject>(appId, replica, infrastructure))]);

    /// <summary>
    /// One replica, as one pod with daprd: its own service process and sidecar under the shared app id (so one consumer
    /// group and one workflow store for all replicas; the sidecar holds its workflow leases under the replica's name).
    /// The first replica is named after the app id and keeps dapr.yaml's ports; the others (<c>ordering-2</c>...) take
    /// free ports. Service invocation of the app id goes to the first replica's sidecar.
    /// </summary>
    private static IResourceBuilder<ProjectResource> AddReplica<TProject>(
        this IDistributedApplicationBuilder builder, string appId, int replica, LocalInfrastructure infrastructure)
        where TProject : IProjectMetadata, new()
    {
        var name = LocalRunSettings.ReplicaName(appId, replica);
        var ports = DaprServicePorts.For(name, infrastructure.Settings.FixedServicePorts);
        var grpcAddress = $"http://127.0.0.1:{ports.DaprGrpc}";
        var httpAddress = $"http://127.0.0.1:{ports.DaprHttp}";
        infrastructure.SidecarAddresses.TryAdd(appId, httpAddress);

        var service = builder.AddProject<TProject>(name, options => options.ExcludeLaunchProfile = true)
            .WithHttpEndpoint(port: ports.App, name: "http", isProxied: false)
            .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName)
            .WithEnvironment("DAPR_GRPC_PORT", ports.DaprGrpc.ToString())
            .WithEnvironment("DAPR_HTTP_PORT", ports.DaprHttp.ToString())
            .WithEnvironment("DAPR_GRPC_ENDPOINT", grpcAddress)
            .WithEnvironment("DAPR_HTTP_ENDPOINT", httpAddress)
            .WithEnvironment($"ConnectionStrings__{appId}", infrastructure.ConnectionString(appId))
            .WithEnvironment("DAPR_API_TOKEN", LocalSecrets.DaprApiToken)
            .WithEnvironment("APP_API_TOKEN", LocalSecrets.AppApiToken)
            .WithHttpHealthCheck("/health/ready", endpointName: "http")
            .WaitFor(infrastructure.Postgres)
            .WaitFor(infrastructure.Kafka)
            .WaitFor(infrastructure.Smtp);

        var sidecar = builder.AddProject<Projects.LocalSidecar>($"{name}-sidecar", options => options.ExcludeLaunchProfile = true)
            .WithArgs(
                "--app-id", appId,
                "--app-port", ports.App.ToString(),
                "--dapr-grpc-port", ports.DaprGrpc.ToString(),
                "--dapr-http-port", ports.DaprHttp.ToString(),
                "--resources-path", infrastructure.Components.Path,
                // As dapr.yaml: no deliveries while the app is unhealthy (its database away, say), resumed when it recovers.
                "--enable-app-health-check",
                "--app-health-check-path", "/health/ready")
            .WithHttpEndpoint(port: ports.DaprHttp, name: "http", isProxied: false)
            .WithEndpoint(port: ports.DaprGrpc, name: "grpc", scheme: "http", isProxied: false)
            .WithEndpointsInEnvironment(_ => false)
            .WithEnvironment("DAPR_API_TOKEN", LocalSecrets.DaprApiToken)
            .WithEnvironment("APP_API_TOKEN", LocalSecrets.AppApiToken)
            .WithEnvironment("LOCALSIDECAR_REPLICA", name)
            .WithEnvironment("KAFKA_BROKERS", infrastructure.KafkaBrokers)
            .WithEnvironment("REDIS_HOST", infrastructure.RedisHost)
            // Read when the sidecar starts, by then every service has been added: invocation finds any app id.
            .WithEnvironment(context => context.EnvironmentVariables["LOCALSIDECAR_NAME_RESOLUTION"] = infrastructure.NameResolution())
            .WithEnvironment("WORKFLOW_STORE_CONNECTION", infrastructure.ConnectionString(LocalDatabases.Workflow))
            .WithEnvironment("NOTIFICATION_STORE_CONNECTION", infrastructure.ConnectionString("notifications"))
            .WithEnvironment("FULFILLMENT_STORE_CONNECTION", infrastructure.ConnectionString("fulfillment"))
            // daprd answers its health endpoint with 204 No Content, and so does the local sidecar.
            .WithHttpHealthCheck("/v1.0/healthz", statusCode: 204, endpointName: "http")
            .WithParentRelationship(service)
            .WaitFor(infrastructure.Postgres)
            .WaitFor(infrastructure.Kafka);
        if (infrastructure.Redis is { } redis)
        {
            sidecar.WaitFor(redis);
        }

        foreach (var moved in ports.Moved)
        {
            sidecar.WithAnnotation(moved);
        }

        return service.WithAnnotation(new DaprSidecarAnnotation(sidecar.Resource));
    }

    /// <summary>The <c>Smtp</c> section of a service that sends mail (Notifications), pointed at the SMTP sink.</summary>
    public static DaprService WithSmtpSink(this DaprService service, LocalInfrastructure infrastructure) =>
        service.Each(replica => replica
            .WithEnvironment("Smtp__Host", "127.0.0.1")
            .WithEnvironment("Smtp__Port", infrastructure.Settings.SmtpPort.ToString())
            .WithEnvironment("Smtp__UseTls", "None")
            .WithEnvironment("Smtp__From", "Ecommerce <orders@ecommerce.local>"));
}
