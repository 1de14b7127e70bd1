using System.Globalization;

namespace Ecommerce.LocalRun;

/// <summary>
/// Ports and the data folder of the local stand-ins, section <c>LocalRun</c> (appsettings.json, environment
/// <c>LocalRun__PostgresPort</c>, command line <c>--LocalRun:PostgresPort=5433</c>). The defaults are the usual ports
/// so tools find them; tests pass free ports instead (<see cref="OnFreePorts"/>).
/// </summary>
public sealed class LocalRunSettings
{
    public const string SectionName = "LocalRun";

    /// <summary>Where PostgreSQL keeps its data; relative paths are relative to the repository root.</summary>
    public string DataDirectory { get; set; } = ".data/apphost";

    public int PostgresPort { get; set; } = 5432;

    /// <summary>One advertised port per embedded Kafka broker, comma-separated.</summary>
    public string KafkaPorts { get; set; } = "9092,9093,9094";

    public int KafkaControlPort { get; set; } = 9099;

    public int SmtpPort { get; set; } = 2525;

    public int SmtpHttpPort { get; set; } = 8025;

    /// <summary>
    /// The Dapr components folder every sidecar reads (<c>--resources-path</c>); relative paths are relative to the
    /// repository root. Swapping the broker means changing its pubsub file only: with <c>pubsub.redis</c> the app host
    /// starts redis-server too.
    /// </summary>
    public string ComponentsPath { get; set; } = "components";

    /// <summary>redis-server's port, started only when the components use <c>pubsub.redis</c> (REDIS_HOST).</summary>
    public int RedisPort { get; set; } = 6379;

    /// <summary>Services on dapr.yaml's ports (5101..., sidecars 3501.../50101...) when true, free ports when false.</summary>
    public bool FixedServicePorts { get; set; } = true;

    /// <summary>The identity service's port with fixed service ports (its issuer is http://127.0.0.1:PORT/).</summary>
    public int IdentityPort { get; set; } = 5106;

    /// <summary>The back office's port with fixed service ports (http://localhost:PORT).</summary>
    public int BackofficePort { get; set; } = 5107;

    /// <summary>False starts only the stand-ins (PostgreSQL, Kafka, SMTP), e.g. for tests of the infrastructure.</summary>
    public bool StartServices { get; set; } = true;

    /// <summary>
    /// How many replicas of every service run (<c>--LocalRun:Replicas=2</c>); each is its own process with its own
    /// sidecar, under the service's app id, so replicas share its consumer group (Kafka splits the partitions) and
    /// its workflow store. <see cref="ReplicasOf"/> sets a service apart (<c>--LocalRun:ReplicasOf:ordering=2</c>).
    /// </summary>
    public int Replicas { get; set; } = 1;

    /// <summary>Replicas per app id, overriding <see cref="Replicas"/> for the services named.</summary>
    public Dictionary<string, int> ReplicasOf { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>How many replicas of <paramref name="appId"/> run: at least one.</summary>
    public int ReplicaCount(string appId) => Math.Max(1, ReplicasOf.TryGetValue(appId, out var count) ? count : Replicas);

    /// <summary>
    /// The resource name of a replica (1-based): the app id for the first, as with one replica, then
    /// <c>ordering-2</c>, <c>ordering-3</c>...; its sidecar is the name plus <c>-sidecar</c>.
    /// </summary>
    public static string ReplicaName(string appId, int replica) =>
        replica == 1 ? appId : string.Create(CultureInfo.InvariantCulture, $"{appId}-{replica}");

    /// <summary>The resource names of every replica of <paramref name="appId"/>.</summary>
    public IReadOnlyList<string> ReplicaNames(string appId) =>
        [.. Enumerable.Range(1, ReplicaCount(appId)).Select(replica => ReplicaName(appId, replica))];

    public IReadOnlyList<int> KafkaPortList() =>
        [.. KafkaPorts.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(int.Parse)];

    /// <summary>
    /// Free ports for every stand-in and for the services (<c>FixedServicePorts=false</c>), so a run never collides
    /// with a developer's <c>dotnet run</c> (which keeps the defaults) or with another run.
    /// </summary>
    public static LocalRunSettings OnFreePorts(string dataDirectory, bool startServices) => new()
    {
        DataDirectory = dataDirectory,
        PostgresPort = FreePorts.Next(),
        KafkaPorts = string.Join(',', FreePorts.Next(), FreePorts.Next(), FreePorts.Next()),
        KafkaControlPort = FreePorts.Next(),
        SmtpPort = FreePorts.Next(),
        SmtpHttpPort = FreePorts.Next(),
        RedisPort = FreePorts.Next(),
        FixedServicePorts = false,
        StartServices = startServices,
    };

    /// <summary>These settings as the app host's command-line arguments (<c>--LocalRun:Name=value</c>).</summary>
    public string[] ToCommandLine() =>
    [
        Argument(nameof(DataDirectory), DataDirectory),
        Argument(nameof(PostgresPort), PostgresPort),
        Argument(nameof(KafkaPorts), KafkaPorts),
        Argument(nameof(KafkaControlPort), KafkaControlPort),
        Argument(nameof(SmtpPort), SmtpPort),
        Argument(nameof(SmtpHttpPort), SmtpHttpPort),
        Argument(nameof(ComponentsPath), ComponentsPath),
        Argument(nameof(RedisPort), RedisPort),
        Argument(nameof(FixedServicePorts), FixedServicePorts),
        Argument(nameof(StartServices), StartServices),
        Argument(nameof(Replicas), Replicas),
        .. ReplicasOf.Select(entry => Argument($"{nameof(ReplicasOf)}:{entry.Key}", entry.Value)),
    ];

    /// <summary>How a person moves one setting on the command line, e.g. <c>--LocalRun:PostgresPort=5433</c>.</summary>
    public static string Argument(string name, object value) =>
        string.Create(CultureInfo.InvariantCulture, $"--{SectionName}:{name}={(value is bool flag ? (flag ? "true" : "false") : value)}");
}
