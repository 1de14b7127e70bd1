using System.Net;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Connections;

namespace Ecommerce.EmbeddedKafka;

public static class EmbeddedKafkaHostingExtensions
{
    private const int InvalidSettingsExitCode = 2;

    /// <summary>Registers the cluster (started on first resolution) and binds the control API to its port.</summary>
    public static WebApplicationBuilder AddEmbeddedKafka(this WebApplicationBuilder builder, string[] args)
    {
        builder.Configuration.AddCommandLine(args, new Dictionary<string, string>(EmbeddedKafkaSettings.SwitchMappings));
        var settings = builder.Configuration.GetSection(EmbeddedKafkaSettings.SectionName).Get<EmbeddedKafkaSettings>()
            ?? new EmbeddedKafkaSettings();

        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, settings.ControlPort));
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(services =>
            KafkaMockCluster.Start(settings.ToClusterOptions(services.GetRequiredService<ILogger<KafkaMockCluster>>())));
        return builder;
    }

    /// <summary>
    /// Starts the brokers, then the control API, and runs until SIGTERM or Ctrl+C. Returns the process exit code:
    /// 0 after a clean stop, 2 when a setting is invalid or a port is taken (the log names the setting).
    /// </summary>
    public static async Task<int> RunEmbeddedKafkaAsync(this WebApplication app)
    {
        KafkaMockCluster cluster;
        try
        {
            cluster = app.Services.GetRequiredService<KafkaMockCluster>();
        }
        catch (KafkaPortUnavailableException e)
        {
            HostLog.BrokerPortUnavailable(app.Logger, e.Port, $"{EmbeddedKafkaSettings.SectionName}:Ports (--ports)", e.Message);
            return InvalidSettingsExitCode;
        }
        catch (ArgumentException e)
        {
            HostLog.InvalidSettings(app.Logger, e.Message);
            return InvalidSettingsExitCode;
        }

        try
        {
            await app.StartAsync();
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            HostLog.ControlPortUnavailable(app.Logger, $"{EmbeddedKafkaSettings.SectionName}:ControlPort (--control-port)", e.Message);
            return InvalidSettingsExitCode;
        }

        HostLog.Ready(app.Logger, cluster.BootstrapServers, string.Join(", ", app.Urls));
        await app.WaitForShutdownAsync();
        return 0;
    }
}
