using Microsoft.AspNetCore.Authorization;

namespace Ecommerce.ServiceDefaults.Security;

/// <summary>The fallback policy's requirement: a subscription route is called by the sidecar; see <see cref="SubscriptionRouteHandler"/>.</summary>
public sealed class SubscriptionRouteRequirement : IAuthorizationRequirement;
