using Dapr;
using Grpc.Core;

namespace Ecommerce.TestSupport.Dapr;

/// <summary>
/// Failures shaped as the Dapr SDK reports them: a <see cref="DaprException"/> around the sidecar's gRPC status.
/// daprd answers Aborted for an ETag mismatch (which TrySave/TryDelete turn into false) and Internal for any other
/// component error; an unreachable sidecar is Unavailable.
/// </summary>
internal static class SidecarErrors
{
    public static DaprException Unreachable(string operation) =>
        Wrap(operation, StatusCode.Unavailable, "Error connecting to subchannel.");

    public static DaprException PublishFailed(string pubsubName, string topic) =>
        Wrap("Publish", StatusCode.Internal, $"error when publish to topic {topic} in pubsub {pubsubName}: the broker is unavailable");

    public static DaprException StoreFailed(string storeName, string key) =>
        Wrap("State", StatusCode.Internal, $"failed operating on key {key} in state store {storeName}: the store is unavailable");

    /// <summary>A first-write insert on an existing key: state.postgresql's insert changes no row.</summary>
    public static DaprException NoItemUpdated(string storeName) =>
        Wrap("State", StatusCode.Internal, $"failed saving state in state store {storeName}: no item was updated");

    private static DaprException Wrap(string operation, StatusCode code, string detail) =>
        new($"{operation} operation failed: the Dapr endpoint indicated a failure. See InnerException for details.",
            new RpcException(new Status(code, detail)));
}
