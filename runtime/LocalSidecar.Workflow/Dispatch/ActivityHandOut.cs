using Ecommerce.LocalSidecar.Workflow.Storage;

namespace Ecommerce.LocalSidecar.Workflow.Dispatch;

/// <summary>
/// Hands leased activity tasks to the open worker streams, whether the dispatcher leased them or the turn that
/// scheduled them did; a task no stream has room for is given back to the queue at once.
/// </summary>
internal sealed class ActivityHandOut(
    WorkerConnections connections,
    LeaseTable leases,
    ActivityQueue activities,
    WorkflowBackendOptions options,
    TimeProvider clock)
{
    /// <summary>How many tasks the streams can take now, at most one dispatch batch.</summary>
    public int FreeSlots => Math.Min(connections.FreeSlots(WorkKind.Activity), options.DispatchBatchSize);

    public async Task AssignAsync(IReadOnlyList<ActivityLease> tasks, CancellationToken ct)
    {
        var unassigned = new List<string>();
        var expiresAt = clock.GetUtcNow().UtcDateTime + options.ActivityLeaseTimeout;
        foreach (var task in tasks)
        {
            // Registered before it is sent: the response can arrive before TryAssign returns.
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
    }
}
