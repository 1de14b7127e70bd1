namespace Ecommerce.AppHost;

public static class DaprServiceExtensions
{
    private const string AppEndpoint = "http";

    /// <summary>
    /// Adds a service and its local Dapr sidecar (runtime/LocalSidecar, started with daprd's flags) reading the
    /// repository's components/. The service gets DAPR_GRPC_PORT/DAPR_HTTP_PORT (and the matching *_ENDPOINT) and
    /// <c>ConnectionStrings:{appId}</c> for its own database; the sidecar gets the secrets the components name
    /// (KAFKA_BROKERS and the state stores' connection strings). Both start after PostgreSQL, Kafka and the SMTP sink
    /// are healthy. The sidecar keeps asking the app for its subscriptions until it answers, as daprd does, so the two
    /// start side by side.
    /// </summary>
    /// <remarks>
    /// The sidecar is added by path and projects are started without building them, so the app host must also have a
    /// ProjectReference to runtime/LocalSidecar (that builds it).
    /// </remarks>
    public static IResourceBuilder<ProjectResource> AddDaprService<TProject>(
        this IDistributedApplicationBuilder builder, string appId, LocalInfrastructure infrastructure)
        where TProject : IProjectMetadata, new()
    {
        var grpcPort = FreePorts.Next();
        var httpPort = FreePorts.Next();
        var grpcAddress = $"http://127.0.0.1:{grpcPort}";
        var httpAddress = $"http://127.0.0.1:{httpPort}";

        var service = builder.AddProject<TProject>(appId);
        if (!service.Resource.Annotations.OfType<EndpointAnnotation>().Any(e => e.Name == AppEndpoint))
        {
            service.WithHttpEndpoint(name: AppEndpoint);
        }

        service
            .WithEnvironment("DAPR_GRPC_PORT", grpcPort.ToString())
            .WithEnvironment("DAPR_HTTP_PORT", httpPort.ToString())
            .WithEnvironment("DAPR_GRPC_ENDPOINT", grpcAddress)
            .WithEnvironment("DAPR_HTTP_ENDPOINT", httpAddress)
            .WithEnvironment($"ConnectionStrings__{appId}", infrastructure.ConnectionString(appId))
            .WaitFor(infrastructure.Postgres)
            .WaitFor(infrastructure.Kafka)
            .WaitFor(infrastructure.Smtp);

        var appPort = service.GetEndpoint(AppEndpoint).Property(EndpointProperty.TargetPort);
        builder.AddProject($"{appId}-sidecar", infrastructure.Paths.LocalSidecarProject)
            .WithArgs(context =>
            {
                context.Args.Add("--app-id");
                context.Args.Add(appId);
                context.Args.Add("--app-port");
                context.Args.Add(appPort);
                context.Args.Add("--dapr-grpc-port");
                context.Args.Add(grpcPort.ToString());
                context.Args.Add("--dapr-http-port");
                context.Args.Add(httpPort.ToString());
                context.Args.Add("--resources-path");
                context.Args.Add(infrastructure.Paths.Components);
            })
            .WithHttpEndpoint(port: httpPort, name: "http", isProxied: false)
            .WithEndpoint(port: grpcPort, name: "grpc", scheme: "http", isProxied: false)
            .WithEndpointsInEnvironment(_ => false)
            .WithEnvironment("KAFKA_BROKERS", infrastructure.KafkaBrokers)
            .WithEnvironment("WORKFLOW_STORE_CONNECTION", infrastructure.ConnectionString(LocalDatabases.Workflow))
            .WithEnvironment("NOTIFICATION_STORE_CONNECTION", infrastructure.ConnectionString("notifications"))
            .WithEnvironment("FULFILLMENT_STORE_CONNECTION", infrastructure.ConnectionString("fulfillment"))
            .WithHttpHealthCheck("/v1.0/healthz", endpointName: "http")
            .WithParentRelationship(service)
            .WaitFor(infrastructure.Postgres)
            .WaitFor(infrastructure.Kafka);

        return service;
    }

    /// <summary>SMTP settings for a service that sends mail (Notifications): <c>Smtp:Host</c>, <c>Smtp:Port</c>.</summary>
    public static IResourceBuilder<ProjectResource> WithSmtpSink(
        this IResourceBuilder<ProjectResource> service, LocalInfrastructure infrastructure) =>
        service
            .WithEnvironment("Smtp__Host", "127.0.0.1")
            .WithEnvironment("Smtp__Port", infrastructure.Settings.SmtpPort.ToString());
}
