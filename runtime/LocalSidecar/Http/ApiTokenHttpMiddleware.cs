using System.Security.Cryptography;
using System.Text;
using Ecommerce.LocalSidecar.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Ecommerce.LocalSidecar.Http;

/// <summary>daprd's HTTP API token check: with DAPR_API_TOKEN set, every /v1.0 call but the health endpoints needs
/// the <c>dapr-api-token</c> header, else 401 "invalid api token".</summary>
public static class ApiTokenHttpMiddleware
{
    public static WebApplication UseDaprApiTokenOverHttp(this WebApplication app)
    {
        var token = app.Services.GetRequiredService<SidecarOptions>().ApiToken;
        if (string.IsNullOrEmpty(token))
        {
            return app;
        }

        var expected = Encoding.UTF8.GetBytes(token);
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            if (context.Request.Protocol == "HTTP/1.1" && path.StartsWithSegments("/v1.0") && !path.StartsWithSegments("/v1.0/healthz")
                && !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(context.Request.Headers["dapr-api-token"].ToString()), expected))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                await context.Response.WriteAsync("invalid api token");
                return;
            }

            await next(context);
        });
        return app;
    }
}
