using Ecommerce.LocalSidecar.Hosting;
using Ecommerce.LocalSidecar.Subscriptions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Ecommerce.LocalSidecar.Http;

/// <summary>
/// daprd's health endpoints. <c>/v1.0/healthz/outbound</c> answers 204 once the components are up (what an app
/// waits on before it calls the sidecar); <c>/v1.0/healthz</c> only once the app's subscriptions are live as well,
/// so "ready" means an event published now is delivered now. Not ready: 500 with daprd's error codes.
/// </summary>
public static class HealthApi
{
    public static WebApplication MapSidecarHealth(this WebApplication app)
    {
        app.MapGet("/v1.0/healthz", (SubscriptionService subscriptions, SidecarOptions options, HttpRequest request) =>
        {
            if (!subscriptions.Subscribed.IsCompletedSuccessfully)
            {
                return DaprHttpError.Of(StatusCodes.Status500InternalServerError, "ERR_HEALTH_NOT_READY", "dapr is not ready: [subscriptions]");
            }

            // Used by name resolvers to check that the app behind this address is still the one they expect.
            return request.Query.TryGetValue("appid", out var appId) && appId != options.AppId
                ? DaprHttpError.Of(StatusCodes.Status500InternalServerError, "ERR_HEALTH_APPID_NOT_MATCH", "dapr app-id does not match")
                : Results.NoContent();
        });
        app.MapGet("/v1.0/healthz/outbound", () => Results.NoContent());
        return app;
    }
}
