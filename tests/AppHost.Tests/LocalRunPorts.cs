using Ecommerce.TestSupport;

namespace Ecommerce.AppHost.Tests;

/// <summary>
/// Free ports for one app host run, passed as <c>--LocalRun:*</c> arguments so tests never collide with a developer's
/// <c>dotnet run</c> (which uses the default 5432, 9092-9094, 9099, 2525, 8025) or with each other.
/// </summary>
public sealed record LocalRunPorts(int Postgres, int[] Kafka, int KafkaControl, int Smtp, int SmtpHttp)
{
    public static LocalRunPorts Free() =>
        new(FreePort.Next(), [FreePort.Next(), FreePort.Next(), FreePort.Next()], FreePort.Next(), FreePort.Next(), FreePort.Next());

    public string[] ToArgs(string dataDirectory, bool startServices) =>
    [
        $"--LocalRun:StartServices={startServices}",
        "--LocalRun:FixedServicePorts=false",
        $"--LocalRun:DataDirectory={dataDirectory}",
        $"--LocalRun:PostgresPort={Postgres}",
        $"--LocalRun:KafkaPorts={string.Join(',', Kafka)}",
        $"--LocalRun:KafkaControlPort={KafkaControl}",
        $"--LocalRun:SmtpPort={Smtp}",
        $"--LocalRun:SmtpHttpPort={SmtpHttp}",
    ];
}
