using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ecommerce.AppHost;

/// <summary>
/// Says on the console when a resource fails to start or exits, with the reason from its own log. Before the shop is
/// ready that ends the run (everything else would wait on it forever, and the reason would sit only in the
/// dashboard); afterwards it is a warning, since a developer may be stopping and restarting parts on purpose.
/// It starts watching before any hosted service starts: the orchestrator's own start can wait on a failed resource.
/// </summary>
public sealed class ResourceFailureWatcher(
    ResourceNotificationService notifications,
    ResourceLogTail logs,
    LocalRunReadiness readiness,
    IHostApplicationLifetime lifetime,
    ILogger<ResourceFailureWatcher> logger) : IHostedLifecycleService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _watching = Task.CompletedTask;

    public Task StartingAsync(CancellationToken cancellationToken)
    {
        _watching = WatchAsync(_stopping.Token);
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _watching.WaitAsync(cancellationToken);
    }

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _stopping.Dispose();

    private async Task WatchAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var lastState = new Dictionary<string, string?>(StringComparer.Ordinal);
        try
        {
            await foreach (var change in notifications.WatchAsync(stoppingToken))
            {
                // Logs are kept per instance (the orchestrator's id, e.g. postgres-abc123), not per model name.
                var name = change.ResourceId;
                logs.Follow(name, stoppingToken);
                var state = change.Snapshot.State?.Text;
                var stoppedOnPurpose = lastState.GetValueOrDefault(name) == KnownResourceStates.Stopping;
                if (lastState.GetValueOrDefault(name) == state)
                {
                    continue;
                }

                lastState[name] = state;
                if (Outcome(state, change.Snapshot.ExitCode) is { } outcome && !stoppedOnPurpose
                    && !lifetime.ApplicationStopping.IsCancellationRequested)
                {
                    await ReportAsync(change.Resource.Name, name, outcome, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The run is stopping.
        }
    }

    private static string? Outcome(string? state, int? exitCode)
    {
        if (state == KnownResourceStates.FailedToStart)
        {
            return "failed to start";
        }

        if (state != KnownResourceStates.Exited && state != KnownResourceStates.Finished)
        {
            return null;
        }

        return exitCode is { } code ? $"exited with code {code}" : "exited";
    }

    private async Task ReportAsync(string resource, string instance, string outcome, CancellationToken ct)
    {
        var reason = await logs.ReasonAsync(instance, ct) ?? "its log is empty; see the dashboard";
        if (readiness.IsReady)
        {
            LocalRunLog.FailedAfterReady(logger, resource, outcome, reason);
            return;
        }

        LocalRunLog.FailedBeforeReady(logger, resource, outcome, reason);
        Environment.ExitCode = 1;
        lifetime.StopApplication();
    }
}
