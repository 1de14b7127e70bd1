using System.Security.Claims;
using Ecommerce.Ordering.Data;
using Ecommerce.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ecommerce.Ordering.Apis;

/// <summary>Whose order it is: the resource check of <see cref="Policies.OrderOwner"/> and its 403 answers.</summary>
public static class OrderAccess
{
    public static async Task<bool> OwnsAsync(IAuthorizationService authorization, ClaimsPrincipal user, OrderDetails order) =>
        (await authorization.AuthorizeAsync(user, new OwnedResource(order.CustomerEmail), Policies.OrderOwner)).Succeeded;

    public static ProblemHttpResult NotYours(Guid orderId) =>
        AuthorizationProblems.Forbidden($"Order {orderId} belongs to another customer.");

    public static ProblemHttpResult OnlyTheirOwn() =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "Not allowed.",
            detail: "A customer lists only their own orders; leave out customerEmail.",
            extensions: new Dictionary<string, object?> { ["field"] = "customerEmail" });

    public static ProblemHttpResult NoOwner(AuthSettings auth) =>
        AuthorizationProblems.Forbidden($"Orders belong to a customer, and the token names none (claim '{auth.OwnerClaimType}').");
}
