using Dapr.DurableTask.Protobuf;
using Ecommerce.LocalSidecar.Workflow.Dispatch;
using Ecommerce.LocalSidecar.Workflow.Storage;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace Ecommerce.LocalSidecar.Workflow.Grpc;

/// <summary>
/// Dapr's <c>TaskHubSidecarService</c> (the workflow protocol of Dapr.Workflow 1.19), served from PostgreSQL.
/// The packages ship client stubs only, so the methods are bound by hand; the client calls are in
/// TaskHubSidecarService.Client.cs, the worker calls in TaskHubSidecarService.Worker.cs. Grpc.AspNetCore binds only
/// virtual methods first declared on the type that declares <see cref="BindService"/>, hence the virtual methods.
/// </summary>
[BindServiceMethod(typeof(TaskHubSidecarService), nameof(BindService))]
internal partial class TaskHubSidecarService(
    InstanceStore instances,
    InstanceCommands commands,
    OrchestrationCompletion completion,
    ActivityQueue activities,
    WorkerConnections connections,
    LeaseTable leases,
    OrchestrationQueue orchestrations,
    DispatchSignal signal,
    InstanceWatchers watchers,
    WorkflowBackendOptions options,
    TimeProvider clock,
    ILogger<TaskHubSidecarService> logger)
{
    public const string ServiceName = "TaskHubSidecarService";

    public static void BindService(ServiceBinderBase binder, TaskHubSidecarService? service)
    {
        Unary(binder, "Hello", Empty.Parser, Empty.Parser);
        Unary(binder, "StartInstance", CreateInstanceRequest.Parser, CreateInstanceResponse.Parser);
        Unary(binder, "GetInstance", GetInstanceRequest.Parser, GetInstanceResponse.Parser);
        Unary(binder, "WaitForInstanceStart", GetInstanceRequest.Parser, GetInstanceResponse.Parser);
        Unary(binder, "WaitForInstanceCompletion", GetInstanceRequest.Parser, GetInstanceResponse.Parser);
        Unary(binder, "RaiseEvent", RaiseEventRequest.Parser, RaiseEventResponse.Parser);
        Unary(binder, "TerminateInstance", TerminateRequest.Parser, TerminateResponse.Parser);
        Unary(binder, "SuspendInstance", SuspendRequest.Parser, SuspendResponse.Parser);
        Unary(binder, "ResumeInstance", ResumeRequest.Parser, ResumeResponse.Parser);
        Unary(binder, "PurgeInstances", PurgeInstancesRequest.Parser, PurgeInstancesResponse.Parser);
        Unary(binder, "ListInstanceIDs", ListInstanceIDsRequest.Parser, ListInstanceIDsResponse.Parser);
        Unary(binder, "GetInstanceHistory", GetInstanceHistoryRequest.Parser, GetInstanceHistoryResponse.Parser);
        Unary(binder, "RerunWorkflowFromEvent", RerunWorkflowFromEventRequest.Parser, RerunWorkflowFromEventResponse.Parser);
        Unary(binder, "CompleteActivityTask", ActivityResponse.Parser, CompleteTaskResponse.Parser);
        Unary(binder, "CompleteOrchestratorTask", WorkflowResponse.Parser, CompleteTaskResponse.Parser);
        Unary(binder, "CompleteWorkflowTask", WorkflowResponse.Parser, CompleteTaskResponse.Parser);
        binder.AddMethod(
            new Method<GetWorkItemsRequest, WorkItem>(
                MethodType.ServerStreaming, ServiceName, "GetWorkItems", Marshaller(GetWorkItemsRequest.Parser), Marshaller(WorkItem.Parser)),
            (ServerStreamingServerMethod<GetWorkItemsRequest, WorkItem>)null!);
    }

    private static void Unary<TRequest, TResponse>(
        ServiceBinderBase binder, string name, MessageParser<TRequest> request, MessageParser<TResponse> response)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse> =>
        binder.AddMethod(
            new Method<TRequest, TResponse>(MethodType.Unary, ServiceName, name, Marshaller(request), Marshaller(response)),
            (UnaryServerMethod<TRequest, TResponse>)null!);

    private static Marshaller<T> Marshaller<T>(MessageParser<T> parser) where T : class, IMessage<T> =>
        Marshallers.Create(m => m.ToByteArray(), parser.ParseFrom);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
