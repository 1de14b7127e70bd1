using Ecommerce.TestSupport;

namespace Ecommerce.EndToEnd.Hosting;

/// <summary>
/// Free ports for the stand-ins of one app host run, passed as <c>--LocalRun:*</c> arguments (the app host's own
/// knobs) so a run never collides with a developer's <c>dotnet run</c> or another test project; the services and
/// their sidecars get free ports from the app host itself (<c>FixedServicePorts=false</c>).
/// </summary>
public sealed record LocalRunPorts(int Postgres, int[] Kafka, int KafkaControl, int Smtp, int SmtpHttp)
{
    public static LocalRunPorts Free() =>
        new(FreePort.Next(), [FreePort.Next(), FreePort.Next(), FreePort.Next()], FreePort.Next(), FreePort.Next(), FreePort.Next());

    public string[] ToArgs(string dataDirectory) =>
    [
        "--LocalRun:StartServices=true",
        "--LocalRun:FixedServicePorts=false",
        $"--LocalRun:DataDirectory={dataDirectory}",
        $"--LocalRun:PostgresPort={Postgres}",
        $"--LocalRun:KafkaPorts={string.Join(',', Kafka)}",
        $"--LocalRun:KafkaControlPort={KafkaControl}",
        $"--LocalRun:SmtpPort={Smtp}",
        $"--LocalRun:SmtpHttpPort={SmtpHttp}",
    ];

    /// <summary>Npgsql connection string for one of the app host's local databases.</summary>
    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Postgres};Username=postgres;Database={database};Pooling=false;Timeout=5";
}
