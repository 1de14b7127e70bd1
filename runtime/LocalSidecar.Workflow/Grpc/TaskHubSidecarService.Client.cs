using Dapr.DurableTask.Protobuf;
using Ecommerce.LocalSidecar.Workflow.Engine;
using Ecommerce.LocalSidecar.Workflow.Storage;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Ecommerce.LocalSidecar.Workflow.Grpc;

internal partial class TaskHubSidecarService
{
    public virtual Task<Empty> Hello(Empty request, ServerCallContext context) => Task.FromResult(new Empty());

    public virtual async Task<CreateInstanceResponse> StartInstance(CreateInstanceRequest request, ServerCallContext context)
    {
        var instanceId = string.IsNullOrEmpty(request.InstanceId) ? Guid.NewGuid().ToString("N") : request.InstanceId;
        var executionId = request.ExecutionId ?? HistoryEvents.NewExecutionId();
        var start = HistoryEvents.ExecutionStarted(Now, instanceId, executionId, request.Name, request.Version, request.Input, null);
        start.ExecutionStarted.ScheduledStartTimestamp = request.ScheduledStartTimestamp;
        start.ExecutionStarted.ParentTraceContext = request.ParentTraceContext;
        var instance = new NewInstance(
            instanceId, executionId, request.Name, request.Version, request.Input, null,
            request.ScheduledStartTimestamp?.ToDateTime(), start);
        if (!await instances.CreateAsync(instance, Now, context.CancellationToken))
        {
            throw new RpcException(new Status(StatusCode.AlreadyExists, $"A workflow instance with id '{instanceId}' is already running."));
        }

        signal.Notify();
        return new CreateInstanceResponse { InstanceId = instanceId };
    }

    public virtual async Task<GetInstanceResponse> GetInstance(GetInstanceRequest request, ServerCallContext context)
    {
        var state = await instances.GetAsync(request.InstanceId, request.GetInputsAndOutputs, context.CancellationToken);
        return state is null ? new GetInstanceResponse { Exists = false } : new GetInstanceResponse { Exists = true, WorkflowState = state };
    }

    public virtual Task<GetInstanceResponse> WaitForInstanceStart(GetInstanceRequest request, ServerCallContext context) =>
        WaitAsync(request, s => s != OrchestrationStatus.Pending, context.CancellationToken);

    public virtual Task<GetInstanceResponse> WaitForInstanceCompletion(GetInstanceRequest request, ServerCallContext context) =>
        WaitAsync(request, WorkflowStatuses.IsTerminal, context.CancellationToken);

    public virtual async Task<RaiseEventResponse> RaiseEvent(RaiseEventRequest request, ServerCallContext context)
    {
        var result = await commands.EnqueueAsync(request.InstanceId, HistoryEvents.EventRaised(Now, request.Name, request.Input), context.CancellationToken);
        Accepted(result, request.InstanceId);
        return new RaiseEventResponse();
    }

    public virtual async Task<TerminateResponse> TerminateInstance(TerminateRequest request, ServerCallContext context)
    {
        var result = await commands.TerminateAsync(request.InstanceId, request.Output, request.Recursive, Now, context.CancellationToken);
        Accepted(result, request.InstanceId);
        return new TerminateResponse();
    }

    public virtual async Task<SuspendResponse> SuspendInstance(SuspendRequest request, ServerCallContext context)
    {
        var e = HistoryEvents.External(Now);
        e.ExecutionSuspended = new ExecutionSuspendedEvent { Input = request.Reason };
        await ManageAsync(request.InstanceId, e, s => s is OrchestrationStatus.Suspended || WorkflowStatuses.IsTerminal(s), context.CancellationToken);
        return new SuspendResponse();
    }

    public virtual async Task<ResumeResponse> ResumeInstance(ResumeRequest request, ServerCallContext context)
    {
        var e = HistoryEvents.External(Now);
        e.ExecutionResumed = new ExecutionResumedEvent { Input = request.Reason };
        await ManageAsync(request.InstanceId, e, s => s is not OrchestrationStatus.Suspended, context.CancellationToken);
        return new ResumeResponse();
    }

    public virtual async Task<PurgeInstancesResponse> PurgeInstances(PurgeInstancesRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var filter = request.PurgeInstanceFilter;
        var deleted = request.RequestCase == PurgeInstancesRequest.RequestOneofCase.PurgeInstanceFilter
            ? await commands.PurgeAsync(
                filter.CreatedTimeFrom?.ToDateTime(), filter.CreatedTimeTo?.ToDateTime(),
                filter.RuntimeStatus.Select(s => (int)s).ToArray(), request.Force, ct)
            : await commands.PurgeAsync(request.InstanceId, request.Recursive, request.Force, ct);
        if (deleted is null)
        {
            throw new RpcException(new Status(StatusCode.FailedPrecondition,
                $"Workflow instance '{request.InstanceId}' (or one of its children) is still running; only finished workflows can be purged."));
        }

        return new PurgeInstancesResponse { DeletedInstanceCount = deleted.Value, IsComplete = true };
    }

    public virtual async Task<ListInstanceIDsResponse> ListInstanceIDs(ListInstanceIDsRequest request, ServerCallContext context)
    {
        var pageSize = request.PageSize is > 0 and <= 10_000 ? (int)request.PageSize : 100;
        var after = string.IsNullOrEmpty(request.ContinuationToken) ? null : request.ContinuationToken;
        var (ids, next) = await instances.ListAsync(after, pageSize, context.CancellationToken);
        var response = new ListInstanceIDsResponse { ContinuationToken = next ?? "" };
        response.InstanceIds.AddRange(ids);
        return response;
    }

    public virtual async Task<GetInstanceHistoryResponse> GetInstanceHistory(GetInstanceHistoryRequest request, ServerCallContext context)
    {
        var history = await instances.GetHistoryAsync(request.InstanceId, context.CancellationToken)
            ?? throw new RpcException(new Status(StatusCode.NotFound, $"No workflow instance with id '{request.InstanceId}'."));
        var response = new GetInstanceHistoryResponse();
        response.Events.AddRange(history);
        return response;
    }

    public virtual Task<RerunWorkflowFromEventResponse> RerunWorkflowFromEvent(RerunWorkflowFromEventRequest request, ServerCallContext context) =>
        throw new RpcException(new Status(StatusCode.Unimplemented,
            "RerunWorkflowFromEvent is not supported by the local sidecar's workflow backend; start a new instance instead."));
}
