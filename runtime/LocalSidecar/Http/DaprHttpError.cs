using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Ecommerce.LocalSidecar.Http;

/// <summary>daprd's HTTP error body: <c>{"errorCode": "ERR_...", "message": "..."}</c> with its status code.</summary>
public static class DaprHttpError
{
    public static IResult Of(int status, string errorCode, string message) =>
        Results.Json(new Dictionary<string, string> { ["errorCode"] = errorCode, ["message"] = message }, statusCode: status);

    public static IResult From(Grpc.DaprApiException e) => Of(e.HttpStatus, e.ErrorCode, e.Message);

    /// <summary>Answers a <see cref="Grpc.DaprApiException"/> thrown by the shared API code as daprd's HTTP API would.</summary>
    public static RouteGroupBuilder WithDaprErrors(this RouteGroupBuilder group) =>
        group.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (Grpc.DaprApiException e)
            {
                return From(e);
            }
        });
}
