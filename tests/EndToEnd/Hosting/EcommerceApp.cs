using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Ecommerce.AppHost.Testing;
using Ecommerce.LocalRun;

namespace Ecommerce.EndToEnd.Hosting;

/// <summary>
/// The real app host (aspire/Ecommerce.AppHost): PostgreSQL, embedded Kafka, the SMTP sink and the five services with
/// their local sidecars, on free ports with a throwaway data folder, plus the resource commands the scenarios use.
/// </summary>
public sealed class EcommerceApp : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan ResourceCommandTimeout = TimeSpan.FromMinutes(4);
    private readonly LocalAppHost _host;

    private EcommerceApp(LocalAppHost host) => _host = host;

    public DistributedApplication App => _host.App;

    public static IReadOnlyList<string> Services => LocalAppHost.Services;

    /// <summary>The resources this run needs healthy: every replica of each service and its sidecar, and the rest.</summary>
    public IReadOnlyList<string> ResourceNames => LocalAppHost.ReadyResources(startServices: true, Settings);

    /// <summary>The app host's settings these options ask for (replicas), on top of the defaults.</summary>
    public static LocalRunSettings SettingsFor(EcommerceAppOptions options)
    {
        var settings = new LocalRunSettings();
        options.ApplyTo(settings);
        return settings;
    }

    public static string SidecarOf(string service) => LocalAppHost.SidecarOf(service);

    /// <summary>Starts the app host and waits until every resource is healthy.</summary>
    public static async Task<EcommerceApp> StartAsync(EcommerceAppOptions options, CancellationToken ct = default) =>
        new(await LocalAppHost.StartAsync(HostOptions(options), ct));

    /// <summary>The settings the app host runs with (its ports, e.g. the broker's control API, and its data folder).</summary>
    public LocalRunSettings Settings => _host.Settings;

    /// <summary>
    /// Stops the whole app host as Ctrl+C does and starts it again on the same data folder (the databases survive,
    /// the in-memory broker does not), waiting until every resource is healthy. Use the returned app from then on;
    /// this one has nothing left to stop but must still be disposed.
    /// </summary>
    public async Task<EcommerceApp> RestartAsync(EcommerceAppOptions options, CancellationToken ct = default) =>
        new(await _host.RestartAsync(HostOptions(options), ct));

    private static LocalAppHostOptions HostOptions(EcommerceAppOptions options) =>
        new(StartServices: true, StartTimeout)
        {
            Settings = options.ApplyTo,
            Model = builder => AppHostOverrides.Apply(builder, options),
        };

    /// <summary>Npgsql connection string for one of the app host's local databases.</summary>
    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={_host.Settings.PostgresPort};Username=postgres;Database={database};Pooling=false;Timeout=5";

    public HttpClient CreateHttpClient(string resourceName) => App.CreateHttpClient(resourceName, "http");

    /// <summary>Stops a resource (its process ends) and waits until the app host reports it stopped.</summary>
    public async Task StopResourceAsync(string resourceName, CancellationToken ct = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(ResourceCommandTimeout);
        var result = await App.ResourceCommands.ExecuteCommandAsync(resourceName, KnownResourceCommands.StopCommand, timeout.Token);
        Assert.True(result.Success, $"Stopping {resourceName} failed: {result.Message}");
        await App.ResourceNotifications.WaitForResourceAsync(resourceName, KnownResourceStates.TerminalStates, timeout.Token);
    }

    /// <summary>Starts a stopped resource again and waits until it is healthy.</summary>
    public async Task StartResourceAsync(string resourceName, CancellationToken ct = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(ResourceCommandTimeout);
        var result = await App.ResourceCommands.ExecuteCommandAsync(resourceName, KnownResourceCommands.StartCommand, timeout.Token);
        Assert.True(result.Success, $"Starting {resourceName} failed: {result.Message}");
        await App.ResourceNotifications.WaitForResourceHealthyAsync(resourceName, timeout.Token);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
