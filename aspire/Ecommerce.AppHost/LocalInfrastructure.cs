namespace Ecommerce.AppHost;

/// <summary>The stand-ins every service depends on, and how to reach them.</summary>
public sealed record LocalInfrastructure(
    IResourceBuilder<ExecutableResource> Postgres,
    IResourceBuilder<ProjectResource> Kafka,
    IResourceBuilder<ProjectResource> Smtp,
    LocalRunSettings Settings,
    RepositoryPaths Paths)
{
    /// <summary>
    /// Npgsql connection string for one local database (trust authentication, loopback only). Pools are capped: eight
    /// processes with Npgsql's default of 100 each would exhaust the server's max_connections under load.
    /// </summary>
    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Settings.PostgresPort};Username=postgres;Database={database};Maximum Pool Size=20";

    public string KafkaBrokers => string.Join(',', Settings.KafkaPortList().Select(port => $"127.0.0.1:{port}"));
}
