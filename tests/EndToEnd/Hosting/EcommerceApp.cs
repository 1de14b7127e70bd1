using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ecommerce.EndToEnd.Hosting;

/// <summary>
/// The real app host (aspire/Ecommerce.AppHost) started through Aspire.Hosting.Testing: PostgreSQL, embedded Kafka,
/// the SMTP sink and the five services with their local sidecars, on free ports with a throwaway data folder.
/// </summary>
public sealed class EcommerceApp : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan ResourceCommandTimeout = TimeSpan.FromMinutes(2);

    private EcommerceApp(DistributedApplication app, LocalRunPorts ports, string dataDirectory)
    {
        App = app;
        Ports = ports;
        DataDirectory = dataDirectory;
    }

    public DistributedApplication App { get; }

    public LocalRunPorts Ports { get; }

    /// <summary>Holds PostgreSQL's data; deleted on dispose.</summary>
    public string DataDirectory { get; }

    public static IReadOnlyList<string> Services { get; } = ["ordering", "inventory", "notifications", "fulfillment", "operations"];

    /// <summary>The resources a run needs healthy (the app host also has hidden helpers, e.g. rebuilders, that never start).</summary>
    public static IReadOnlyList<string> ResourceNames { get; } =
        ["postgres", "kafka", "smtp", "identity", .. Services, .. Services.Select(SidecarOf)];

    public static string SidecarOf(string service) => $"{service}-sidecar";

    /// <summary>Starts the app host and waits until every resource is healthy.</summary>
    public static async Task<EcommerceApp> StartAsync(EcommerceAppOptions options, CancellationToken ct = default)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("ecommerce-e2e-").FullName;
        // PostgreSQL runs as the postgres user when the tests run as root: it must be able to reach its folder.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(dataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }

        var ports = LocalRunPorts.Free();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(StartTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Ecommerce_AppHost>(
            ports.ToArgs(dataDirectory), timeout.Token);
        // Unhealthy-until-started reports of every resource would drown the test output.
        builder.Services.AddLogging(logging => logging.AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None));
        AppHostOverrides.Apply(builder, options);
        var app = await builder.BuildAsync(timeout.Token);
        var run = new EcommerceApp(app, ports, dataDirectory);
        try
        {
            await app.StartAsync(timeout.Token);
            await Task.WhenAll(ResourceNames.Select(name => app.ResourceNotifications.WaitForResourceHealthyAsync(name, timeout.Token)));
            return run;
        }
        catch
        {
            await run.DisposeAsync();
            throw;
        }
    }

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

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        Directory.Delete(DataDirectory, recursive: true);
    }
}
