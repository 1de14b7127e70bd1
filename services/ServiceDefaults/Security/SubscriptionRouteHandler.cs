using Dapr;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace Ecommerce.ServiceDefaults.Security;

/// <summary>
/// Checked for every endpoint without a policy of its own (the fallback policy). Subscription routes — every route
/// with Dapr topic metadata, everything under <c>/events/</c>, and <c>/dapr/subscribe</c> (daprd sends its app token
/// there too) — need the caller to be the sidecar, authenticated by Dapr's app API token handler. Anything else (a
/// 404, health, metrics) is not this policy's business.
/// </summary>
public sealed class SubscriptionRouteHandler : AuthorizationHandler<SubscriptionRouteRequirement>
{
    public const string SubscribePath = "/dapr/subscribe";
    public const string EventsPath = "/events";

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, SubscriptionRouteRequirement requirement)
    {
        if (context.Resource is not HttpContext http || !IsSubscriptionRoute(http)
            // The policy authenticates with the Dapr scheme only, so an authenticated user here is the sidecar.
            || context.User.Identity?.IsAuthenticated == true)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    public static bool IsSubscriptionRoute(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<ITopicMetadata>() is not null
        || http.Request.Path.StartsWithSegments(EventsPath)
        || http.Request.Path.StartsWithSegments(SubscribePath);
}
