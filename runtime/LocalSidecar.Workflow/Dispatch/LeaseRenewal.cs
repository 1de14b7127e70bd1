using Ecommerce.LocalSidecar.Workflow.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ecommerce.LocalSidecar.Workflow.Dispatch;

/// <summary>
/// Keeps this backend's database leases alive while their work is out (a turn or an activity may take longer than
/// <see cref="WorkflowBackendOptions.LeaseDuration"/>), so only a backend that died loses its instances to another
/// replica of the app id, one lease duration after its last renewal.
/// </summary>
internal sealed class LeaseRenewal(
    OrchestrationQueue orchestrations,
    ActivityQueue activities,
    LeaseTable leases,
    WorkflowBackendOptions options,
    TimeProvider clock,
    ILogger<LeaseRenewal> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.LeaseDuration / 3, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await RenewAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    Log.RenewFailed(logger, ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RenewAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var (turns, turnsUntil) = leases.OutstandingTurns(now, options.LeaseDuration);
        if (turns.Length > 0)
        {
            await orchestrations.RenewAsync(turns, turnsUntil, ct);
        }

        var (tasks, tasksUntil) = leases.OutstandingActivities(now, options.LeaseDuration);
        if (tasks.Length > 0)
        {
            await activities.RenewAsync(tasks, tasksUntil, ct);
        }
    }
}
