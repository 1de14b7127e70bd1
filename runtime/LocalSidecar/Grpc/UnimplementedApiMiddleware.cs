using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Ecommerce.LocalSidecar.Grpc;

/// <summary>Answers calls to Dapr APIs the local sidecar does not serve with Unimplemented naming the API, rather
/// than Grpc.AspNetCore's anonymous "Method is unimplemented."</summary>
public static class UnimplementedApiMiddleware
{
    private const string Prefix = "/" + DaprApiService.ServiceName + "/";

    public static WebApplication UseUnimplementedDaprApis(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/" + DaprApiService.ServiceName, StringComparison.Ordinal)
                && context.GetEndpoint()?.Metadata.GetMetadata<GrpcMethodMetadata>() is null)
            {
                var method = context.Request.Path.Value![Prefix.Length..];
                context.Response.ContentType = "application/grpc";
                context.Response.Headers["grpc-status"] = "12";
                context.Response.Headers["grpc-message"] = Uri.EscapeDataString($"the local sidecar does not implement the Dapr API {method}; it serves PublishEvent, GetState, GetBulkState, SaveState, DeleteState, ExecuteStateTransaction, GetMetadata, InvokeService and Dapr Workflow");
                return;
            }

            await next(context);
        });
        return app;
    }
}
