namespace Ecommerce.AppHost;

/// <summary>The stand-ins every service depends on, and how to reach them.</summary>
public sealed record LocalInfrastructure(
    IResourceBuilder<ExecutableResource> Postgres,
    IResourceBuilder<ProjectResource> Kafka,
    IResourceBuilder<ProjectResource> Smtp,
    IResourceBuilder<ExecutableResource>? Redis,
    ComponentsFolder Components,
    LocalRunSettings Settings,
    RepositoryPaths Paths)
{
    /// <summary>
    /// Npgsql connection string for one local database (trust authentication, loopback only). Pools are capped: eight
    /// processes with Npgsql's default of 100 each would exhaust the server's max_connections under load.
    /// </summary>
    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Settings.PostgresPort};Username=postgres;Database={database};Maximum Pool Size=20";

    /// <summary>REDIS_HOST, the secret a <c>pubsub.redis</c> component names (components/alternatives/pubsub-redis.yaml).</summary>
    public string RedisHost => $"127.0.0.1:{Settings.RedisPort}";

    public string KafkaBrokers => string.Join(',', Settings.KafkaPortList().Select(port => $"127.0.0.1:{port}"));

    /// <summary>
    /// Every service's sidecar HTTP address by app id, for service invocation between sidecars: with replicas, the
    /// first replica's (the local sidecar resolves one address per app id).
    /// </summary>
    public Dictionary<string, string> SidecarAddresses { get; } = new(StringComparer.Ordinal);

    /// <summary>LOCALSIDECAR_NAME_RESOLUTION: <c>app-id=http://host:port</c> for every sidecar added so far.</summary>
    public string NameResolution() => string.Join(',', SidecarAddresses.Select(entry => $"{entry.Key}={entry.Value}"));
}
