using Dapr.Client;
using Ecommerce.LocalSidecar.Hosting;
using Microsoft.Extensions.Logging;

namespace Ecommerce.LocalSidecar.Tests.Infrastructure;

/// <summary>Starts in-process sidecars on free ports, quiet unless something goes wrong.</summary>
internal static class Sidecars
{
    public static Task<LocalSidecarHost> StartAsync(string appId, string resourcesPath, int? appPort = null, string? apiToken = null, int deliveryCopies = 1) =>
        StartAsync(Options(appId, resourcesPath, appPort) with { ApiToken = apiToken, DeliveryCopies = deliveryCopies });

    /// <summary>The options <see cref="StartAsync(string, string, int?, string?, int)"/> uses, for tests that change more.</summary>
    public static SidecarOptions Options(string appId, string resourcesPath, int? appPort = null) => new()
    {
        AppId = appId,
        AppPort = appPort,
        GrpcPort = 0,
        HttpPort = 0,
        ResourcesPaths = [resourcesPath],
        SubscribeRetryInterval = TimeSpan.FromMilliseconds(100),
    };

    public static Task<LocalSidecarHost> StartAsync(SidecarOptions options, LogCapture? capture = null) =>
        LocalSidecarHost.StartAsync(
            options,
            logging: l =>
            {
                l.SetMinimumLevel(Environment.GetEnvironmentVariable("SIDECAR_TEST_LOG") == "1" ? LogLevel.Debug : capture is null ? LogLevel.Warning : LogLevel.Information);
                l.AddSimpleConsole(o => o.TimestampFormat = "HH:mm:ss.fff ");
                if (capture is not null)
                {
                    l.AddProvider(capture);
                }
            });

    public static DaprClient Client(LocalSidecarHost sidecar, string? apiToken = null) =>
        new DaprClientBuilder().UseGrpcEndpoint(sidecar.GrpcEndpoint).UseHttpEndpoint(sidecar.HttpEndpoint).UseDaprApiToken(apiToken).Build();
}
