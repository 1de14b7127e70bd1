using Dapr.DurableTask.Protobuf;
using Ecommerce.LocalSidecar.Workflow.Storage;
using Grpc.Core;

namespace Ecommerce.LocalSidecar.Workflow.Grpc;

internal partial class TaskHubSidecarService
{
    // Catches changes written by other processes sharing the database; this process's own writes wake waiters at once.
    private static readonly TimeSpan WaitPollInterval = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Long-polls until the instance's status satisfies <paramref name="done"/>. When the call's deadline passes the
    /// SDK receives DeadlineExceeded and simply calls again.
    /// </summary>
    private async Task<GetInstanceResponse> WaitAsync(GetInstanceRequest request, Func<OrchestrationStatus, bool> done, CancellationToken ct)
    {
        try
        {
            while (true)
            {
                var changed = watchers.Watch(request.InstanceId);
                var state = await instances.GetAsync(request.InstanceId, request.GetInputsAndOutputs, ct);
                if (state is null)
                {
                    return new GetInstanceResponse { Exists = false };
                }

                if (done(state.WorkflowStatus))
                {
                    return new GetInstanceResponse { Exists = true, WorkflowState = state };
                }

                try
                {
                    await changed.WaitAsync(WaitPollInterval, clock, ct);
                }
                catch (TimeoutException)
                {
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw new RpcException(new Status(StatusCode.DeadlineExceeded, $"Workflow instance '{request.InstanceId}' did not reach the awaited state in time."));
        }
    }

    /// <summary>
    /// Queues a suspend/resume and, as daprd does, waits (briefly, and only while a worker is connected to apply it)
    /// until the status reflects it.
    /// </summary>
    private async Task ManageAsync(string instanceId, HistoryEvent e, Func<OrchestrationStatus, bool> applied, CancellationToken ct)
    {
        var result = await commands.EnqueueAsync(instanceId, e, ct);
        Accepted(result, instanceId);
        if (result != EnqueueResult.Queued || !connections.Any)
        {
            return;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.ManagementWaitTimeout);
        try
        {
            await WaitAsync(new GetInstanceRequest { InstanceId = instanceId }, applied, timeout.Token);
        }
        catch (RpcException) when (!ct.IsCancellationRequested)
        {
            Log.ManagementNotYetApplied(logger, instanceId);
        }
    }

    private void Accepted(EnqueueResult result, string instanceId)
    {
        if (result == EnqueueResult.NotFound)
        {
            throw new RpcException(new Status(StatusCode.NotFound, $"No workflow instance with id '{instanceId}'."));
        }

        if (result == EnqueueResult.Queued)
        {
            signal.Notify();
        }

        watchers.Changed(instanceId);
    }
}
