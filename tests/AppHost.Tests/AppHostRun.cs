using Aspire.Hosting;
using Aspire.Hosting.Testing;

namespace Ecommerce.AppHost.Tests;

/// <summary>The real app host, started through Aspire.Hosting.Testing on free ports with a throwaway data folder.</summary>
public sealed class AppHostRun : IAsyncDisposable
{
    public static readonly string[] Infrastructure = ["postgres", "kafka", "smtp"];
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(4);
    private bool _appStopped;

    private AppHostRun(DistributedApplication app, LocalRunPorts ports, string dataDirectory)
    {
        App = app;
        Ports = ports;
        DataDirectory = dataDirectory;
    }

    public DistributedApplication App { get; }

    public LocalRunPorts Ports { get; }

    /// <summary>Holds PostgreSQL's data; deleted on dispose.</summary>
    public string DataDirectory { get; }

    public static async Task<AppHostRun> StartAsync(CancellationToken ct = default)
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
            ports.ToArgs(dataDirectory), timeout.Token);
        var app = await builder.BuildAsync(timeout.Token);
        var run = new AppHostRun(app, ports, dataDirectory);
        try
        {
            await app.StartAsync(timeout.Token);
            await Task.WhenAll(Infrastructure.Select(
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
