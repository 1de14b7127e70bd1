using Dapr.Client.Autogen.Grpc.v1;
using Ecommerce.LocalSidecar.Components;
using Ecommerce.LocalSidecar.Hosting;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;

namespace Ecommerce.LocalSidecar.Grpc;

/// <summary>
/// The part of <c>dapr.proto.runtime.v1.Dapr</c> the local sidecar serves. Dapr.Protos ships client stubs only, so
/// the methods are bound by hand (see <see cref="BindService"/>); calls to other methods answer Unimplemented.
/// The handlers are virtual and the class unsealed because Grpc.AspNetCore only binds virtual methods declared on
/// the type that holds BindService.
/// </summary>
[BindServiceMethod(typeof(DaprApiService), nameof(BindService))]
public class DaprApiService(StateApi state, PublishApi publish, Invocation.GrpcInvocation invocation, SidecarComponents components, SidecarOptions options)
{
    public const string ServiceName = "dapr.proto.runtime.v1.Dapr";

    public static void BindService(ServiceBinderBase binder, DaprApiService? service)
    {
        Add<PublishEventRequest, Empty>(binder, nameof(PublishEvent));
        Add<GetStateRequest, GetStateResponse>(binder, nameof(GetState));
        Add<GetBulkStateRequest, GetBulkStateResponse>(binder, nameof(GetBulkState));
        Add<SaveStateRequest, Empty>(binder, nameof(SaveState));
        Add<DeleteStateRequest, Empty>(binder, nameof(DeleteState));
        Add<ExecuteStateTransactionRequest, Empty>(binder, nameof(ExecuteStateTransaction));
        Add<GetMetadataRequest, GetMetadataResponse>(binder, nameof(GetMetadata));
        Add<InvokeServiceRequest, InvokeResponse>(binder, nameof(InvokeService));
    }

    public virtual Task<InvokeResponse> InvokeService(InvokeServiceRequest request, ServerCallContext context) =>
        invocation.InvokeAsync(request, context);

    public virtual async Task<Empty> PublishEvent(PublishEventRequest request, ServerCallContext context)
    {
        await publish.PublishAsync(request, context.RequestHeaders.GetValue("traceparent"), context.RequestHeaders.GetValue("tracestate"), context.CancellationToken);
        return new Empty();
    }

    public virtual Task<GetStateResponse> GetState(GetStateRequest request, ServerCallContext context) =>
        state.GetAsync(request, context.CancellationToken);

    public virtual Task<GetBulkStateResponse> GetBulkState(GetBulkStateRequest request, ServerCallContext context) =>
        state.GetBulkAsync(request, context.CancellationToken);

    public virtual async Task<Empty> SaveState(SaveStateRequest request, ServerCallContext context)
    {
        await state.SaveAsync(request, context.CancellationToken);
        return new Empty();
    }

    public virtual async Task<Empty> DeleteState(DeleteStateRequest request, ServerCallContext context)
    {
        await state.DeleteAsync(request, context.CancellationToken);
        return new Empty();
    }

    public virtual async Task<Empty> ExecuteStateTransaction(ExecuteStateTransactionRequest request, ServerCallContext context)
    {
        await state.TransactAsync(request, context.CancellationToken);
        return new Empty();
    }

    public virtual Task<GetMetadataResponse> GetMetadata(GetMetadataRequest request, ServerCallContext context)
    {
        var response = new GetMetadataResponse { Id = options.AppId, RuntimeVersion = "local-sidecar" };
        response.RegisteredComponents.AddRange(components.Definitions.Select(d => new RegisteredComponents { Name = d.Name, Type = d.Type, Version = d.Version }));
        return Task.FromResult(response);
    }

    private static void Add<TRequest, TResponse>(ServiceBinderBase binder, string name)
        where TRequest : class, IMessage<TRequest>, new()
        where TResponse : class, IMessage<TResponse>, new()
    {
        var parser = new MessageParser<TRequest>(() => new TRequest());
        var responseParser = new MessageParser<TResponse>(() => new TResponse());
        var method = new Method<TRequest, TResponse>(
            MethodType.Unary,
            ServiceName,
            name,
            Marshallers.Create(m => m.ToByteArray(), parser.ParseFrom),
            Marshallers.Create(m => m.ToByteArray(), responseParser.ParseFrom));
        binder.AddMethod(method, (UnaryServerMethod<TRequest, TResponse>?)null);
    }
}
