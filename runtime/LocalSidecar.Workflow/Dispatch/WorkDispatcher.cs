using Ecommerce.LocalSidecar.Workflow.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ecommerce.LocalSidecar.Workflow.Dispatch;

/// <summary>
/// Moves due work from the database to open worker streams: orchestrator turns of instances with visible inbox
/// events and unleased activity tasks. Woken by this process's writes; polls for due timers and expired leases.
/// </summary>
internal sealed class WorkDispatcher(
    OrchestrationQueue orchestrations,
    ActivityQueue activities,
    WorkerConnections connections,
    LeaseTable leases,
    DispatchSignal signal,
    WorkflowBackendOptions options,
    TimeProvider clock,
    ILogger<WorkDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await signal.WaitAsync(options.PollInterval, stoppingToken);
                if (!connections.Any)
                {
                    continue;
                }

                leases.ForgetExpired(clock.GetUtcNow().UtcDateTime);
                while (await DispatchTurnsAsync(stoppingToken) | await DispatchActivitiesAsync(stoppingToken))
                {
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                Log.DispatchFailed(logger, ex);
                await Task.Delay(TimeSpan.FromSeconds(1), clock, stoppingToken);
            }
        }
    }

    private async Task<bool> DispatchTurnsAsync(CancellationToken ct)
    {
        var free = Math.Min(connections.FreeSlots(WorkKind.Orchestration), options.DispatchBatchSize);
        if (free <= 0)
        {
            return false;
        }

        var turns = await orchestrations.LeaseAsync(free, ct);
        var unassigned = new List<string>();
        var expiresAt = clock.GetUtcNow().UtcDateTime + options.OrchestrationLeaseTimeout;
        foreach (var turn in turns)
        {
            // Registered before it is sent: the response can arrive before TryAssign returns.
            var connection = connections.Pick(WorkKind.Orchestration);
            if (connection is not null)
            {
                leases.AddTurn(turn, connection, expiresAt);
            }

            if (connection is null || !connection.TryAssign(WorkKind.Orchestration, turn.Token, turn.ToWorkItem()))
            {
                unassigned.Add(turn.Token);
            }
        }

        if (unassigned.Count > 0)
        {
            leases.Forget([.. unassigned], []);
            await orchestrations.ReleaseAsync([.. unassigned], ct);
        }

        return turns.Count > 0;
    }

    private async Task<bool> DispatchActivitiesAsync(CancellationToken ct)
    {
        var free = Math.Min(connections.FreeSlots(WorkKind.Activity), options.DispatchBatchSize);
        if (free <= 0)
        {
            return false;
        }

        var tasks = await activities.LeaseAsync(free, ct);
        var unassigned = new List<string>();
        var expiresAt = clock.GetUtcNow().UtcDateTime + options.ActivityLeaseTimeout;
        foreach (var task in tasks)
        {
            var connection = connections.Pick(WorkKind.Activity);
            if (connection is not null)
            {
                leases.AddActivity(task.Token, task.Request, connection, expiresAt);
            }

            if (connection is null || !connection.TryAssign(WorkKind.Activity, task.Token, task.ToWorkItem()))
            {
                unassigned.Add(task.Token);
            }
        }

        if (unassigned.Count > 0)
        {
            leases.Forget([], [.. unassigned]);
            await activities.ReleaseAsync([.. unassigned], ct);
        }

        return tasks.Count > 0;
    }
}
