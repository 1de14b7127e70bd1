using System.Diagnostics;
using System.Globalization;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Ecommerce.EndToEnd.Hosting;

namespace Ecommerce.Faults.Injection;

/// <summary>
/// Processes dying without warning: SIGKILL of a service or a sidecar (the process id is the one the app host's
/// resource snapshot shows), PostgreSQL's immediate shutdown (SIGQUIT to the postmaster, as pg_ctl -m immediate:
/// no checkpoint, crash recovery at the next start). Aspire sees the process exit and leaves the resource Exited; it
/// does not restart it by itself, so after the hold the fault ends with the resource's Start command.
/// </summary>
public static class ProcessFaults
{
    private static readonly string[] PidProperties = ["executable.pid", "project.pid", "resource.pid"];

    public static async Task KillAsync(EcommerceApp app, string resource, TimeSpan hold, CancellationToken ct)
    {
        var pid = await RunningPidAsync(app.App, resource, ct);
        using (var process = Process.GetProcessById(pid))
        {
            process.Kill(entireProcessTree: true);
        }

        await app.App.ResourceNotifications.WaitForResourceAsync(resource, KnownResourceStates.TerminalStates, ct);
        await Task.Delay(hold, ct);
        await app.StartResourceAsync(resource, ct);
    }

    public static async Task PostgresImmediateShutdownAsync(EcommerceApp app, TimeSpan hold, CancellationToken ct)
    {
        var pidFile = Path.Combine(app.Settings.DataDirectory, "postgres", "postmaster.pid");
        var postmaster = int.Parse((await File.ReadAllLinesAsync(pidFile, ct))[0], CultureInfo.InvariantCulture);
        using (var kill = Process.Start("kill", ["-QUIT", postmaster.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(ct);
            Assert.True(kill.ExitCode == 0, $"kill -QUIT {postmaster} failed with {kill.ExitCode}");
        }

        await app.App.ResourceNotifications.WaitForResourceAsync("postgres", KnownResourceStates.TerminalStates, ct);
        await Task.Delay(hold, ct);
        await app.StartResourceAsync("postgres", ct);
    }

    /// <summary>Waits until every resource the run needs is healthy again (services recover from a lost dependency).</summary>
    public static Task WaitUntilAllHealthyAsync(EcommerceApp app, CancellationToken ct) =>
        Task.WhenAll(app.ResourceNames.Select(name => app.App.ResourceNotifications.WaitForResourceHealthyAsync(name, ct)));

    private static async Task<int> RunningPidAsync(DistributedApplication app, string resource, CancellationToken ct)
    {
        var running = await app.ResourceNotifications.WaitForResourceAsync(resource,
            change => change.Snapshot.State?.Text == KnownResourceStates.Running && Pid(change.Snapshot) is not null, ct);
        return Pid(running.Snapshot)!.Value;
    }

    private static int? Pid(CustomResourceSnapshot snapshot) =>
        snapshot.Properties.FirstOrDefault(property => PidProperties.Contains(property.Name) && property.Value is not null) is { } found
            ? Convert.ToInt32(found.Value, CultureInfo.InvariantCulture)
            : null;
}
