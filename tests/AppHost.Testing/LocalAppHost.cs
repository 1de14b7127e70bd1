using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Ecommerce.LocalRun;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ecommerce.AppHost.Testing;

/// <summary>
/// The real app host (aspire/Ecommerce.AppHost) started through Aspire.Hosting.Testing, with its own
/// <c>--LocalRun:*</c> settings: free ports for the stand-ins and the services, and a throwaway data folder, so a run
/// never collides with a developer's <c>dotnet run</c> or with another test project.
/// </summary>
public sealed class LocalAppHost : IAsyncDisposable
{
    private bool _stopped;
    private bool _ownsDataDirectory = true;

    private LocalAppHost(DistributedApplication app, LocalRunSettings settings)
    {
        App = app;
        Settings = settings;
    }

    public static IReadOnlyList<string> Infrastructure { get; } = ["postgres", "kafka", "smtp"];

    public static IReadOnlyList<string> Services { get; } = ["ordering", "inventory", "notifications", "fulfillment", "operations"];

    /// <summary>The identity service every service takes its tokens' keys from.</summary>
    public const string Identity = "identity";

    /// <summary>The operators' web app (services/Backoffice).</summary>
    public const string Backoffice = "backoffice";

    public DistributedApplication App { get; }

    /// <summary>The settings the app host was started with (its ports, its data folder).</summary>
    public LocalRunSettings Settings { get; }

    /// <summary>Holds PostgreSQL's data; deleted on dispose.</summary>
    public string DataDirectory => Settings.DataDirectory;

    public IReadOnlyList<string> ResourceNames =>
        [.. App.Services.GetRequiredService<DistributedApplicationModel>().Resources.Select(resource => resource.Name)];

    public static string SidecarOf(string service) => $"{service}-sidecar";

    /// <summary>The resources a run with one replica of each service waits for (the app host also has hidden helpers that never start).</summary>
    public static IReadOnlyList<string> ReadyResources(bool startServices) => ReadyResources(startServices, new LocalRunSettings());

    /// <summary>The resources a run with these settings waits for: every replica of every service and its sidecar.</summary>
    public static IReadOnlyList<string> ReadyResources(bool startServices, LocalRunSettings settings) =>
        startServices ? [.. Infrastructure, Identity, .. Replicas(settings), .. Replicas(settings).Select(SidecarOf), Backoffice] : Infrastructure;

    /// <summary>Every service replica's resource name (<c>ordering</c>, <c>ordering-2</c>, ...).</summary>
    public static IReadOnlyList<string> Replicas(LocalRunSettings settings) => [.. Services.SelectMany(settings.ReplicaNames)];

    /// <summary>Starts the app host and waits until every resource it starts is healthy.</summary>
    public static async Task<LocalAppHost> StartAsync(LocalAppHostOptions options, CancellationToken ct = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.StartTimeout);
        var run = await BuildAsync(options, timeout.Token);
        try
        {
            await run.App.StartAsync(timeout.Token);
            await Task.WhenAll(ReadyResources(options.StartServices, run.Settings).Select(
                name => run.App.ResourceNotifications.WaitForResourceHealthyAsync(name, timeout.Token)));
            return run;
        }
        catch
        {
            await run.DisposeAsync();
            throw;
        }
    }

    /// <summary>Builds the app host without starting it, for tests of what happens at start.</summary>
    public static async Task<LocalAppHost> BuildAsync(LocalAppHostOptions options, CancellationToken ct = default)
    {
        var settings = LocalRunSettings.OnFreePorts(options.DataDirectory ?? CreateDataDirectory(), options.StartServices);
        options.Settings?.Invoke(settings);
        try
        {
            var builder = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Ecommerce_AppHost>(
                settings.ToCommandLine(), ct);
            // "Unhealthy until started" reports of every resource would drown the test output.
            builder.Services.AddLogging(logging => logging.AddFilter("Microsoft.Extensions.Diagnostics.HealthChecks", LogLevel.None));
            options.Model?.Invoke(builder);
            return new LocalAppHost(await builder.BuildAsync(ct), settings);
        }
        catch
        {
            if (options.DataDirectory is null)
            {
                Directory.Delete(settings.DataDirectory, recursive: true);
            }

            throw;
        }
    }

    /// <summary>Stops every resource (as the app host does on SIGTERM); the data folder stays until dispose.</summary>
    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await App.DisposeAsync();
        }
    }

    /// <summary>
    /// Stops this app host as Ctrl+C does and starts the app host again on the same data folder (fresh ports, as any
    /// run on free ports); the new one owns the folder from then on, this one only has to be disposed.
    /// </summary>
    public async Task<LocalAppHost> RestartAsync(LocalAppHostOptions options, CancellationToken ct = default)
    {
        await StopAsync();
        _ownsDataDirectory = false;
        return await StartAsync(options with { DataDirectory = DataDirectory }, ct);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (_ownsDataDirectory)
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    /// <summary>A temporary folder for PostgreSQL's data that the server can reach; the caller deletes it.</summary>
    public static string CreateDataDirectory()
    {
        var path = Directory.CreateTempSubdirectory("ecommerce-apphost-").FullName;
        // PostgreSQL runs as the postgres user when the tests run as root: it must be able to reach its folder.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }

        return path;
    }
}
