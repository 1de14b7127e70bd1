using Dapr.DurableTask.Protobuf;
using Ecommerce.LocalSidecar.Workflow.Engine;
using Ecommerce.LocalSidecar.Workflow.Storage;
using Microsoft.Extensions.Logging;

namespace Ecommerce.LocalSidecar.Workflow.Dispatch;

/// <summary>Turns a worker's response into the durable outcome of the turn it answers.</summary>
internal sealed class OrchestrationCompletion(
    LeaseTable leases,
    TurnWriter writer,
    OrchestrationQueue orchestrations,
    ActivityHandOut activities,
    DispatchSignal signal,
    InstanceWatchers watchers,
    TimeProvider clock,
    ILogger<OrchestrationCompletion> logger)
{
    public async Task CompleteAsync(WorkflowResponse response, CancellationToken ct)
    {
        var turn = leases.TakeTurn(response.CompletionToken);
        if (turn is null)
        {
            // The lease expired or the stream closed meanwhile: the turn was (or will be) dispatched again.
            Log.UnknownTurn(logger, response.InstanceId);
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        TurnWrite written;
        try
        {
            // The activities the turn schedules go straight to a worker when one has room, without a lease round trip.
            written = await writer.WriteAsync(turn, TurnBuilder.Build(turn, response, now), now, claimActivities: activities.FreeSlots > 0, ct);
        }
        catch
        {
            // Give the turn back at once rather than after the lease timeout; if that fails too, the lease expires.
            try
            {
                await orchestrations.ReleaseAsync([turn.Token], CancellationToken.None);
                signal.Notify();
            }
            catch (Exception releaseError)
            {
                Log.GiveBackFailed(logger, releaseError);
            }

            throw;
        }

        if (!written.Written)
        {
            Log.StaleTurn(logger, response.InstanceId);
            return;
        }

        watchers.Changed(turn.InstanceId);
        if (written.ClaimedActivities.Count > 0)
        {
            try
            {
                await activities.AssignAsync(written.ClaimedActivities, CancellationToken.None);
            }
            catch (Exception handOutError)
            {
                // The turn is written; a claimed task nobody took is leased again once its lease runs out.
                Log.ClaimedActivitiesNotHandedOut(logger, handOutError);
            }
        }

        signal.Notify();
    }
}
