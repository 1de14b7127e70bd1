using Dapr.Client.Autogen.Grpc.v1;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace Ecommerce.LocalSidecar.Invocation;

/// <summary>
/// gRPC <c>InvokeService</c> to an HTTP app, as daprd does it: the Any's bytes are the body, <c>http_extension</c>
/// gives the verb (POST when none) and query string; a 2xx answer comes back as the Any's bytes, any other status as
/// the gRPC code daprd maps it to (CodeFromHTTPStatus), with the HTTP status in the <c>dapr-http-status</c> header.
/// </summary>
public sealed class GrpcInvocation(ServiceInvoker invoker)
{
    public async Task<InvokeResponse> InvokeAsync(InvokeServiceRequest request, ServerCallContext context)
    {
        var message = request.Message ?? new InvokeRequest();
        var verb = message.HttpExtension?.Verb is { } v && v != HTTPExtension.Types.Verb.None ? new HttpMethod(v.ToString().ToUpperInvariant()) : HttpMethod.Post;
        var query = message.HttpExtension?.Querystring is { Length: > 0 } q ? "?" + q : "";
        var headers = context.RequestHeaders.Where(h => !h.IsBinary && !h.Key.StartsWith(':') && h.Key is not ("content-type" or "te" or "grpc-accept-encoding" or "user-agent"))
            .Select(h => KeyValuePair.Create(h.Key, new[] { h.Value })).ToList();
        HttpResponseMessage response;
        try
        {
            response = await invoker.InvokeAsync(
                new InvocationRequest(request.Id, message.Method, query, verb, headers, message.Data?.Value.ToByteArray() ?? [], message.ContentType),
                context.CancellationToken);
        }
        catch (Exception e) when (e is InvocationException or HttpRequestException)
        {
            throw new RpcException(new Status(StatusCode.Internal, $"failed to invoke, id: {request.Id}, err: {e.Message}"));
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            await context.WriteResponseHeadersAsync(new Metadata { { "dapr-http-status", status.ToString(System.Globalization.CultureInfo.InvariantCulture) } });
            var body = await response.Content.ReadAsByteArrayAsync(context.CancellationToken);
            if (status is < 200 or > 299)
            {
                throw new RpcException(new Status(CodeFromHttpStatus(status), response.ReasonPhrase ?? status.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            return new InvokeResponse
            {
                Data = new Any { Value = ByteString.CopyFrom(body) },
                ContentType = response.Content.Headers.ContentType?.ToString() ?? "",
            };
        }
    }

    private static StatusCode CodeFromHttpStatus(int status) => status switch
    {
        408 => StatusCode.Cancelled,
        400 => StatusCode.Internal,
        504 => StatusCode.DeadlineExceeded,
        404 => StatusCode.NotFound,
        409 => StatusCode.AlreadyExists,
        403 => StatusCode.PermissionDenied,
        401 => StatusCode.Unauthenticated,
        429 => StatusCode.ResourceExhausted,
        501 => StatusCode.Unimplemented,
        503 => StatusCode.Unavailable,
        _ => StatusCode.Unknown,
    };
}
