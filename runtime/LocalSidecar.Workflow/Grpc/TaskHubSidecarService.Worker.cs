using Dapr.DurableTask.Protobuf;
using Grpc.Core;

namespace Ecommerce.LocalSidecar.Workflow.Grpc;

internal partial class TaskHubSidecarService
{
    /// <summary>
    /// The worker's stream of work items. Whatever it still holds when the stream ends is given back, so it is
    /// dispatched again (to this worker after it reconnects, or to another one).
    /// </summary>
    public virtual async Task GetWorkItems(GetWorkItemsRequest request, IServerStreamWriter<WorkItem> responseStream, ServerCallContext context)
    {
        var connection = connections.Open();
        Log.WorkerConnected(logger, context.Peer);
        signal.Notify();
        try
        {
            await foreach (var item in connection.Items.ReadAllAsync(context.CancellationToken))
            {
                await responseStream.WriteAsync(item, context.CancellationToken);
            }
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
        }
        finally
        {
            connections.Remove(connection);
            var (turns, tasks) = connection.Close();
            leases.Forget(turns, tasks);
            await GiveBackAsync(turns, tasks);
            Log.WorkerDisconnected(logger, context.Peer, turns.Length, tasks.Length);
        }
    }

    public virtual async Task<CompleteTaskResponse> CompleteOrchestratorTask(WorkflowResponse request, ServerCallContext context)
    {
        await completion.CompleteAsync(request, context.CancellationToken);
        return new CompleteTaskResponse();
    }

    /// <summary>The older name of <see cref="CompleteOrchestratorTask"/>.</summary>
    public virtual Task<CompleteTaskResponse> CompleteWorkflowTask(WorkflowResponse request, ServerCallContext context) =>
        CompleteOrchestratorTask(request, context);

    public virtual async Task<CompleteTaskResponse> CompleteActivityTask(ActivityResponse request, ServerCallContext context)
    {
        var dispatched = leases.TakeActivity(request.CompletionToken);
        if (await activities.CompleteAsync(request.CompletionToken, dispatched, request, context.CancellationToken))
        {
            signal.Notify();
        }
        else
        {
            Log.DuplicateActivityResult(logger, request.InstanceId, request.TaskId);
        }

        return new CompleteTaskResponse();
    }

    private async Task GiveBackAsync(string[] turns, string[] tasks)
    {
        // The call is over, so its token is cancelled; giving leases back must still happen.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            if (turns.Length > 0)
            {
                await orchestrations.ReleaseAsync(turns, timeout.Token);
            }

            if (tasks.Length > 0)
            {
                await activities.ReleaseAsync(tasks, timeout.Token);
            }

            signal.Notify();
        }
        catch (Exception ex)
        {
            // The leases expire on their own; this only delays redelivery.
            Log.GiveBackFailed(logger, ex);
        }
    }
}
