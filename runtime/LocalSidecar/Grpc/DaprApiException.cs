using Grpc.Core;

namespace Ecommerce.LocalSidecar.Grpc;

/// <summary>An error of the Dapr API with both faces daprd gives it: the gRPC status, and the HTTP status and
/// <c>errorCode</c> its HTTP API answers with the same message.</summary>
public sealed class DaprApiException(StatusCode grpcCode, int httpStatus, string errorCode, string message)
    : RpcException(new Status(grpcCode, message), message)
{
    public int HttpStatus { get; } = httpStatus;

    public string ErrorCode { get; } = errorCode;
}
