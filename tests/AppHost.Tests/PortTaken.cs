using Ecommerce.LocalRun;

namespace Ecommerce.AppHost.Tests;

/// <summary>A port of one kind that a test takes before the app host starts, and what the app host must say.</summary>
public sealed record PortTaken(int Port, Action<LocalRunSettings> Apply, string Owner, string Setting, bool StartsServices = false)
{
    /// <summary>Ordering's fixed port (dapr.yaml's 5101), which only a fixed-port run uses.</summary>
    private const int OrderingPort = 5101;

    public static PortTaken Of(string kind)
    {
        var port = FreePorts.Next();
        return kind switch
        {
            "PostgreSQL" => new(port, settings => settings.PostgresPort = port, "postgres (tcp)", "--LocalRun:PostgresPort="),
            "Kafka" => new(port, settings => settings.KafkaPorts = $"{FreePorts.Next()},{port},{FreePorts.Next()}",
                "kafka (broker2)", "--LocalRun:KafkaPorts="),
            "SMTP" => new(port, settings => settings.SmtpPort = port, "smtp (smtp)", "--LocalRun:SmtpPort="),
            "service" => new(OrderingPort, settings => settings.FixedServicePorts = true, "ordering (http)",
                "--LocalRun:FixedServicePorts=false", StartsServices: true),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of port the app host uses."),
        };
    }
}
