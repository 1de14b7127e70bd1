using Ecommerce.LocalSidecar.Components;
using Ecommerce.LocalSidecar.Subscriptions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ecommerce.LocalSidecar.Hosting;

/// <summary>
/// A running local sidecar: in-process (tests) or as the process's only content (Program). Components are loaded and
/// initialised before anything listens, so a bad resources file fails <see cref="StartAsync"/>.
/// </summary>
public sealed class LocalSidecarHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LocalSidecarHost(WebApplication app, SidecarComponents components, int grpcPort, int httpPort)
    {
        _app = app;
        Components = components;
        GrpcPort = grpcPort;
        HttpPort = httpPort;
    }

    public SidecarComponents Components { get; }

    public int GrpcPort { get; }

    public int HttpPort { get; }

    /// <summary>What an app sets as DAPR_GRPC_ENDPOINT to reach this sidecar.</summary>
    public string GrpcEndpoint => $"http://127.0.0.1:{GrpcPort}";

    /// <summary>What an app sets as DAPR_HTTP_ENDPOINT to reach this sidecar.</summary>
    public string HttpEndpoint => $"http://127.0.0.1:{HttpPort}";

    /// <exception cref="ComponentConfigurationException">A resources file names something the sidecar cannot honour.</exception>
    public static async Task<LocalSidecarHost> StartAsync(SidecarOptions options, SidecarHooks? hooks = null, Action<ILoggingBuilder>? logging = null, CancellationToken cancellationToken = default)
    {
        hooks ??= SidecarHooks.None;
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(LocalSidecarHost).Assembly.GetName().Name });
        // Only flags and environment configure the sidecar: an appsettings.json beside a test host is not its own.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddEnvironmentVariables();
        // daprd logs what it does, not every request it serves: per-request lines of Kestrel, routing and HttpClient
        // (several per delivery and per workflow turn) were a quarter of the Ordering sidecar's sampled CPU under load.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        logging?.Invoke(builder.Logging);
        builder.AddLocalSidecar(options);
        hooks.ConfigureServices?.Invoke(builder);
        var app = builder.Build();
        try
        {
            var components = app.Services.GetRequiredService<SidecarComponents>();
            await components.InitializeAsync(cancellationToken);
            app.MapLocalSidecar();
            hooks.MapEndpoints?.Invoke(app);
            await app.StartAsync(cancellationToken);
            var ports = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
                .Select(a => new Uri(a).Port).ToList();
            return new LocalSidecarHost(app, components, options.GrpcPort == 0 ? ports[0] : options.GrpcPort, options.HttpPort == 0 ? ports[^1] : options.HttpPort);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>Completes once the app's subscriptions are read and their consumers live (or the app has none).</summary>
    public Task WhenSubscribedAsync(CancellationToken cancellationToken = default) =>
        _app.Services.GetRequiredService<SubscriptionService>().Subscribed.WaitAsync(cancellationToken);

    /// <summary>False while the app health check calls the app unhealthy (deliveries paused); always true without it.</summary>
    public bool AppHealthy => _app.Services.GetRequiredService<AppHealth.AppHealthMonitor>().IsOpen;

    /// <summary>How many app health probes have run.</summary>
    public int AppHealthProbes => _app.Services.GetRequiredService<AppHealth.AppHealthMonitor>().Probes;

    /// <summary>Completes when the host is asked to stop (SIGTERM, Ctrl+C).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
