using Dapr.Client;
using Ecommerce.LocalSidecar.Hosting;
using Microsoft.Extensions.Logging;

namespace Ecommerce.LocalSidecar.Tests.Infrastructure;

/// <summary>Starts in-process sidecars on free ports, quiet unless something goes wrong.</summary>
internal static class Sidecars
{
    public static Task<LocalSidecarHost> StartAsync(string appId, string resourcesPath, int? appPort = null, string? apiToken = null, int deliveryCopies = 1) =>
        LocalSidecarHost.StartAsync(
            new SidecarOptions
            {
                AppId = appId,
                AppPort = appPort,
                GrpcPort = 0,
                HttpPort = 0,
                ResourcesPaths = [resourcesPath],
                ApiToken = apiToken,
                DeliveryCopies = deliveryCopies,
                SubscribeRetryInterval = TimeSpan.FromMilliseconds(100),
            },
            logging: l => l.SetMinimumLevel(Environment.GetEnvironmentVariable("SIDECAR_TEST_LOG") == "1" ? LogLevel.Debug : LogLevel.Warning).AddSimpleConsole(o => o.TimestampFormat = "HH:mm:ss.fff "));

    public static DaprClient Client(LocalSidecarHost sidecar, string? apiToken = null) =>
        new DaprClientBuilder().UseGrpcEndpoint(sidecar.GrpcEndpoint).UseHttpEndpoint(sidecar.HttpEndpoint).UseDaprApiToken(apiToken).Build();
}
