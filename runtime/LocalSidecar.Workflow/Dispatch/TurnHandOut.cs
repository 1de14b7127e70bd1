using Ecommerce.LocalSidecar.Workflow.Engine;
using Ecommerce.LocalSidecar.Workflow.Storage;

namespace Ecommerce.LocalSidecar.Workflow.Dispatch;

/// <summary>
/// Hands leased orchestrator turns to the open worker streams, whether the dispatcher leased them or an activity's
/// result did; a turn no stream has room for is given back to the queue at once.
/// </summary>
internal sealed class TurnHandOut(
    WorkerConnections connections,
    LeaseTable leases,
    OrchestrationQueue orchestrations,
    WorkflowBackendOptions options,
    TimeProvider clock)
{
    /// <summary>How many turns the streams can take now, at most one dispatch batch.</summary>
    public int FreeSlots => Math.Min(connections.FreeSlots(WorkKind.Orchestration), options.DispatchBatchSize);

    public async Task AssignAsync(IReadOnlyList<OrchestrationTurn> turns, CancellationToken ct)
    {
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
    }
}
