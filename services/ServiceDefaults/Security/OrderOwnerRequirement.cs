using Microsoft.AspNetCore.Authorization;

namespace Ecommerce.ServiceDefaults.Security;

/// <summary>The requirement behind <see cref="Policies.OrderOwner"/>; see <see cref="OrderOwnerHandler"/>.</summary>
public sealed class OrderOwnerRequirement : IAuthorizationRequirement;
