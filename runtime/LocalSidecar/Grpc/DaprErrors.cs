using Ecommerce.LocalSidecar.State;
using Grpc.Core;

namespace Ecommerce.LocalSidecar.Grpc;

/// <summary>The statuses, error codes and messages daprd answers with (pkg/api/errors, pkg/messages), for the cases
/// the local sidecar reproduces.</summary>
internal static class DaprErrors
{
    public static DaprApiException StateStoreNotFound(string name) => new(StatusCode.InvalidArgument, 400, "ERR_STATE_STORE_NOT_FOUND", $"state store {name} is not found");

    public static DaprApiException StateStoreNotConfigured(string name) => new(StatusCode.FailedPrecondition, 500, "ERR_STATE_STORE_NOT_CONFIGURED", $"state store {name} is not configured");

    public static DaprApiException PubSubNotFound(string name) => new(StatusCode.InvalidArgument, 404, "ERR_PUBSUB_NOT_FOUND", $"pubsub {name} is not found");

    public static DaprApiException PubSubNotConfigured(string name) => new(StatusCode.FailedPrecondition, 400, "ERR_PUBSUB_NOT_CONFIGURED", $"pubsub {name} is not configured");

    public static DaprApiException PubSubNameEmpty() => new(StatusCode.InvalidArgument, 404, "ERR_PUBSUB_EMPTY", "pubsub name is empty");

    public static DaprApiException TopicEmpty(string pubSub) => new(StatusCode.InvalidArgument, 404, "ERR_TOPIC_NAME_EMPTY", $"topic is empty in pubsub {pubSub}");

    public static DaprApiException EmptyKey() => new(StatusCode.InvalidArgument, 400, "ERR_MALFORMED_REQUEST", "state key cannot be empty");

    public static DaprApiException InvalidKey(string key) => new(StatusCode.InvalidArgument, 400, "ERR_MALFORMED_REQUEST", $"input key/keyPrefix '{key}' can't contain '||'");

    public static DaprApiException Malformed(string reason) => new(StatusCode.InvalidArgument, 400, "ERR_MALFORMED_REQUEST", $"failed deserializing HTTP body: {reason}");

    public static DaprApiException Publish(string topic, string pubSub, string reason) =>
        new(StatusCode.Internal, 500, "ERR_PUBSUB_PUBLISH_MESSAGE", $"error when publish to topic {topic} in pubsub {pubSub}: {reason}");

    public static DaprApiException Save(string store, StateException e) =>
        new(Code(e), HttpStatus(e), "ERR_STATE_SAVE", $"failed saving state in state store {store}: {e.Message}");

    public static DaprApiException Delete(string key, StateException e) =>
        new(Code(e), HttpStatus(e), "ERR_STATE_DELETE", $"failed deleting state with key {key}: {e.Message}");

    public static DaprApiException Get(string key, string store, string reason) =>
        new(StatusCode.Internal, 500, "ERR_STATE_GET", $"fail to get {key} from state store {store}: {reason}");

    public static DaprApiException BulkGet(string reason) => new(StatusCode.Internal, 500, "ERR_STATE_BULK_GET", reason);

    public static DaprApiException Transaction(string reason) => new(StatusCode.Internal, 500, "ERR_STATE_TRANSACTION", $"error while executing state transaction: {reason}");

    public static DaprApiException UnsupportedOperation(string operation) => new(StatusCode.Unimplemented, 400, "ERR_NOT_SUPPORTED_STATE_OPERATION", $"operation type {operation} not supported");

    private static StatusCode Code(StateException e) =>
        e.ETagMismatch ? StatusCode.Aborted : e.ETagInvalid ? StatusCode.InvalidArgument : StatusCode.Internal;

    // daprd's HTTP API: an ETag mismatch is 409 Conflict, an unreadable ETag 400.
    private static int HttpStatus(StateException e) => e.ETagMismatch ? 409 : e.ETagInvalid ? 400 : 500;
}
