using Dapr.Client.Autogen.Grpc.v1;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;

namespace Ecommerce.Ordering.Tests.Infrastructure;

/// <summary>
/// The PublishEvent method of <c>dapr.proto.runtime.v1.Dapr</c>, recording instead of publishing, so the service's
/// real DaprClient is exercised down to the wire. Other Dapr API methods answer Unimplemented.
/// Unsealed with a virtual handler: Grpc.AspNetCore binds only virtual methods of the attributed type.
/// </summary>
[BindServiceMethod(typeof(RecordingPubSubService), nameof(BindService))]
public class RecordingPubSubService(PublishRecorder recorder)
{
    public static void BindService(ServiceBinderBase binder, RecordingPubSubService? service)
    {
        var method = new Method<PublishEventRequest, Empty>(
            MethodType.Unary,
            "dapr.proto.runtime.v1.Dapr",
            nameof(PublishEvent),
            Marshallers.Create(m => m.ToByteArray(), PublishEventRequest.Parser.ParseFrom),
            Marshallers.Create(m => m.ToByteArray(), Empty.Parser.ParseFrom));
        binder.AddMethod(method, (UnaryServerMethod<PublishEventRequest, Empty>?)null);
    }

    public virtual Task<Empty> PublishEvent(PublishEventRequest request, ServerCallContext context)
    {
        if (recorder.FailPublishes)
        {
            recorder.RecordRefused(request.Metadata.TryGetValue("partitionKey", out var key) ? key : "");
            throw new RpcException(new Status(StatusCode.Unavailable, "The test made publishing fail."));
        }

        recorder.Record(new PublishedMessage(
            request.PubsubName, request.Topic, request.Data.ToStringUtf8(), new Dictionary<string, string>(request.Metadata)));
        return Task.FromResult(new Empty());
    }
}
