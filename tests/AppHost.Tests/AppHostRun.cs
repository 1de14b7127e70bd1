using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ecommerce.AppHost.Tests;

/// <summary>The real app host, started through Aspire.Hosting.Testing on free ports with a throwaway data folder.</summary>
public sealed class AppHostRun : IAsyncDisposable
{
    public static readonly string[] Infrastructure = ["postgres", "kafka", "smtp"];
    public static readonly string[] Services = ["ordering", "inventory", "notifications", "fulfillment", "operations"];
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(8);
    private bool _appStopped;

    private AppHostRun(DistributedApplication app, LocalRunPorts ports, string dataDirectory)
    {
        App = app;
        Ports = ports;
        DataDirectory = dataDirectory;
    }

    public DistributedApplication App { get; }

    public LocalRunPorts Ports { get; }

    public IReadOnlyList<string> ResourceNames =>
        [.. App.Services.GetRequiredService<DistributedApplicationModel>().Resources.Select(resource => resource.Name)];

    /// <summary>Holds PostgreSQL's data; deleted on dispose.</summary>
    public string DataDirectory { get; }

    /// <summary>Starts the app host and waits until the stand-ins (and the services with their sidecars) are healthy.</summary>
    public static async Task<AppHostRun> StartAsync(bool startServices, CancellationToken ct = default)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("ecommerce-apphost-").FullName;
        // The server runs as the postgres user when the tests run as root: it must be able to reach its folder.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(dataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }
        var ports = LocalRunPorts.Free();

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(StartTimeout);
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Ecommerce_AppHost>(
            ports.ToArgs(dataDirectory, startServices), timeout.Token);
        // "Unhealthy until started" reports of every resource would drown the test output.
        builder.Services.AddLogging(logging => logging.AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None));
        var app = await builder.BuildAsync(timeout.Token);
        var run = new AppHostRun(app, ports, dataDirectory);
        try
        {
            await app.StartAsync(timeout.Token);
            var expected = startServices
                ? Infrastructure.Concat(Services).Concat(Services.Select(service => $"{service}-sidecar"))
                : Infrastructure;
            await Task.WhenAll(expected.Select(
                name => app.ResourceNotifications.WaitForResourceHealthyAsync(name, timeout.Token)));
            return run;
        }
        catch
        {
            await run.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops every resource (as the app host does on SIGTERM); the data folder stays until dispose.</summary>
    public async Task StopAppAsync()
    {
        if (!_appStopped)
        {
            _appStopped = true;
            await App.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAppAsync();
        Directory.Delete(DataDirectory, recursive: true);
    }
}
