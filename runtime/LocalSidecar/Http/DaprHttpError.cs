using Microsoft.AspNetCore.Http;

namespace Ecommerce.LocalSidecar.Http;

/// <summary>daprd's HTTP error body: <c>{"errorCode": "ERR_...", "message": "..."}</c> with its status code.</summary>
public static class DaprHttpError
{
    public static IResult Of(int status, string errorCode, string message) =>
        Results.Json(new Dictionary<string, string> { ["errorCode"] = errorCode, ["message"] = message }, statusCode: status);
}
