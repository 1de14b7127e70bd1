using Grpc.Core;

namespace Ecommerce.LocalSidecar.Grpc;

/// <summary>The gRPC statuses and messages daprd answers with, for the cases the local sidecar reproduces.</summary>
internal static class DaprErrors
{
    public static RpcException StateStoreNotFound(string name) => new(new Status(StatusCode.InvalidArgument, $"state store {name} is not found"));

    public static RpcException StateStoreNotConfigured(string name) => new(new Status(StatusCode.FailedPrecondition, $"state store {name} is not configured"));

    public static RpcException PubSubNotFound(string name) => new(new Status(StatusCode.InvalidArgument, $"pubsub {name} is not found"));

    public static RpcException PubSubNameEmpty() => new(new Status(StatusCode.InvalidArgument, "pubsub name is empty"));

    public static RpcException TopicEmpty(string pubSub) => new(new Status(StatusCode.InvalidArgument, $"topic is empty in pubsub {pubSub}"));

    public static RpcException EmptyKey() => new(new Status(StatusCode.InvalidArgument, "state key cannot be empty"));

    public static RpcException InvalidKey(string key) => new(new Status(StatusCode.InvalidArgument, $"input key/keyPrefix '{key}' can't contain '||'"));

    public static RpcException Publish(string topic, string pubSub, string reason) =>
        new(new Status(StatusCode.Internal, $"error when publish to topic {topic} in pubsub {pubSub}: {reason}"));

    public static RpcException Save(string store, State.StateException e) =>
        new(new Status(Code(e), $"failed saving state in state store {store}: {e.Message}"));

    public static RpcException Delete(string key, State.StateException e) =>
        new(new Status(Code(e), $"failed deleting state with key {key}: {e.Message}"));

    private static StatusCode Code(State.StateException e) =>
        e.ETagMismatch ? StatusCode.Aborted : e.ETagInvalid ? StatusCode.InvalidArgument : StatusCode.Internal;

    public static RpcException Get(string key, string store, string reason) =>
        new(new Status(StatusCode.Internal, $"fail to get {key} from state store {store}: {reason}"));

    public static RpcException Transaction(string reason) => new(new Status(StatusCode.Internal, $"error while executing state transaction: {reason}"));

    public static RpcException UnsupportedOperation(string operation) => new(new Status(StatusCode.Unimplemented, $"operation type {operation} not supported"));
}
