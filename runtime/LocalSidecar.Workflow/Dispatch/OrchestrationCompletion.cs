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
        bool written;
        try
        {
            written = await writer.WriteAsync(turn, TurnBuilder.Build(turn, response, now), now, ct);
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

        if (!written)
        {
            Log.StaleTurn(logger, response.InstanceId);
            return;
        }

        watchers.Changed(turn.InstanceId);
        signal.Notify();
    }
}
