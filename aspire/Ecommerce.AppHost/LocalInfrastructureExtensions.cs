using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.AppHost;

public static class LocalInfrastructureExtensions
{
    private const string PostgresHealthCheck = "postgres-ready";
    private const string RedisHealthCheck = "redis-ready";
    private const string RedisServer = "/usr/bin/redis-server";

    /// <summary>
    /// PostgreSQL (the machine's binaries through scripts/postgres/run-postgres.sh), the embedded Kafka broker and the
    /// SMTP sink, each with a health check so services can <c>WaitFor</c> them; redis-server too when the components
    /// folder's pub/sub is <c>pubsub.redis</c>. Ports are fixed (not proxied) so the
    /// components' connection settings and developer tools see the same addresses.
    /// </summary>
    public static LocalInfrastructure AddLocalInfrastructure(this IDistributedApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(LocalRunSettings.SectionName).Get<LocalRunSettings>()
            ?? new LocalRunSettings();
        var paths = RepositoryPaths.FromAppHost(builder.AppHostDirectory);

        var postgres = AddPostgres(builder, settings, paths);
        var kafka = AddKafka(builder, settings);
        var smtp = builder.AddProject<Projects.SmtpSink>("smtp")
            .WithArgs("--smtp-port", settings.SmtpPort.ToString(), "--http-port", settings.SmtpHttpPort.ToString())
            .WithEndpoint(port: settings.SmtpPort, name: "smtp", scheme: "tcp", isProxied: false)
            .WithHttpEndpoint(port: settings.SmtpHttpPort, name: "http", isProxied: false)
            .WithEndpointsInEnvironment(_ => false)
            .WithHttpHealthCheck("/healthz", endpointName: "http")
            .WithPortSetting("smtp", nameof(LocalRunSettings.SmtpPort))
            .WithPortSetting("http", nameof(LocalRunSettings.SmtpHttpPort));

        var components = new ComponentsFolder(paths.Resolve(settings.ComponentsPath));
        if (!components.Exists)
        {
            builder.Eventing.Subscribe<BeforeStartEvent>((_, _) => throw new LocalRunException(
                $"LocalRun:ComponentsPath is {components.Path}, which is not a folder (set it in aspire/Ecommerce.AppHost/appsettings.json or with --LocalRun:ComponentsPath=DIR)."));
        }

        var redis = components.UsesRedisPubSub ? AddRedis(builder, settings, paths) : null;
        return new LocalInfrastructure(postgres, kafka, smtp, redis, components, settings, paths);
    }

    /// <summary>Debian's redis-server, in memory only like the embedded broker (nothing saved).</summary>
    private static IResourceBuilder<ExecutableResource> AddRedis(
        IDistributedApplicationBuilder builder, LocalRunSettings settings, RepositoryPaths paths)
    {
        if (!File.Exists(RedisServer))
        {
            builder.Eventing.Subscribe<BeforeStartEvent>((_, _) => throw new LocalRunException(
                $"The components in {settings.ComponentsPath} use pubsub.redis, and {RedisServer} is missing: install it (sudo apt-get install -y redis-server) or put components/pubsub.yaml back."));
        }

        builder.Services.AddHealthChecks().AddCheck(RedisHealthCheck, new RedisReadyCheck(settings.RedisPort));
        var dataDirectory = Path.Combine(paths.Resolve(settings.DataDirectory), "redis");
        Directory.CreateDirectory(dataDirectory);
        return builder.AddExecutable("redis", RedisServer, dataDirectory,
                "--port", settings.RedisPort.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no")
            .WithEndpoint(port: settings.RedisPort, name: "tcp", scheme: "tcp", isProxied: false)
            .WithHealthCheck(RedisHealthCheck)
            .WithPortSetting("tcp", nameof(LocalRunSettings.RedisPort));
    }

    private static IResourceBuilder<ExecutableResource> AddPostgres(
        IDistributedApplicationBuilder builder, LocalRunSettings settings, RepositoryPaths paths)
    {
        var dataDirectory = Path.Combine(paths.Resolve(settings.DataDirectory), "postgres");
        var adminConnection =
            $"Host=127.0.0.1;Port={settings.PostgresPort};Username=postgres;Database=postgres;Pooling=false;Timeout=3";
        builder.Services.AddHealthChecks()
            .AddCheck(PostgresHealthCheck, new PostgresReadyCheck(adminConnection, LocalDatabases.All));

        return builder.AddExecutable("postgres", paths.PostgresScript, paths.Root,
                "--port", settings.PostgresPort.ToString(),
                "--data-dir", dataDirectory,
                "--databases", string.Join(' ', LocalDatabases.All))
            .WithEndpoint(port: settings.PostgresPort, name: "tcp", scheme: "tcp", isProxied: false)
            .WithHealthCheck(PostgresHealthCheck)
            .WithPortSetting("tcp", nameof(LocalRunSettings.PostgresPort));
    }

    private static IResourceBuilder<ProjectResource> AddKafka(IDistributedApplicationBuilder builder, LocalRunSettings settings)
    {
        var kafka = builder.AddProject<Projects.EmbeddedKafka>("kafka")
            .WithArgs("--ports", settings.KafkaPorts, "--control-port", settings.KafkaControlPort.ToString())
            .WithHttpEndpoint(port: settings.KafkaControlPort, name: "control", isProxied: false)
            .WithEndpointsInEnvironment(_ => false)
            .WithHttpHealthCheck("/healthz", endpointName: "control")
            .WithPortSetting("control", nameof(LocalRunSettings.KafkaControlPort));
        var ports = settings.KafkaPortList();
        for (var broker = 0; broker < ports.Count; broker++)
        {
            var busy = ports[broker];
            var name = $"broker{broker + 1}";
            kafka.WithEndpoint(port: busy, name: name, scheme: "tcp", isProxied: false)
                .WithAnnotation(new PortSettingAnnotation(name, free => LocalRunSettings.Argument(
                    nameof(LocalRunSettings.KafkaPorts), string.Join(',', ports.Select(port => port == busy ? free : port)))));
        }

        return kafka;
    }

    /// <summary>Names the <c>LocalRun</c> setting that moves an endpoint's port, for the busy-port message.</summary>
    private static IResourceBuilder<T> WithPortSetting<T>(this IResourceBuilder<T> resource, string endpointName, string setting)
        where T : IResource =>
        resource.WithAnnotation(new PortSettingAnnotation(endpointName, free => LocalRunSettings.Argument(setting, free)));
}
