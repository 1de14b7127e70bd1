using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Ecommerce.ServiceDefaults.Security;

/// <summary>
/// An operator meets <see cref="OrderOwnerRequirement"/> always. A customer meets it at the route group when the token
/// names an owner, and for an <see cref="OwnedResource"/> when that owner is the resource's (emails compare ignoring case).
/// </summary>
public sealed class OrderOwnerHandler(IOptions<AuthSettings> settings) : AuthorizationHandler<OrderOwnerRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OrderOwnerRequirement requirement)
    {
        if (context.User.IsInRole(settings.Value.OperatorRole))
        {
            context.Succeed(requirement);
            return Task.CompletedTask;
        }

        var owner = context.User.OwnerEmail(settings.Value);
        var owns = context.Resource is OwnedResource resource
            ? owner is not null && string.Equals(owner, resource.OwnerEmail, StringComparison.OrdinalIgnoreCase)
            : owner is not null;
        if (owns)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
