using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Ecommerce.ServiceDefaults.Http;

namespace Ecommerce.ServiceDefaults.Security;

/// <summary>
/// 401 and 403 from the authorization middleware as problem details naming what is missing: the
/// <c>Authorization</c> header (a bearer token) or, on subscription routes, the sidecar's <c>dapr-api-token</c>.
/// The scheme's own challenge still runs first, so a bearer 401 keeps its <c>WWW-Authenticate</c> header.
/// </summary>
public sealed class AuthorizationProblems : IAuthorizationMiddlewareResultHandler
{
    public const string AuthorizationField = "Authorization";
    public const string DaprTokenField = "dapr-api-token";

    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        var sidecar = policy.Requirements.OfType<SubscriptionRouteRequirement>().Any();
        if (authorizeResult.Challenged)
        {
            if (!sidecar)
            {
                await context.ChallengeAsync(JwtBearerDefaults.AuthenticationScheme);
            }

            await WriteAsync(context, StatusCodes.Status401Unauthorized, sidecar
                ? ("The sidecar's app token is required.", "Subscription routes are called by the Dapr sidecar only, with its dapr-api-token header.", DaprTokenField)
                : ("Authentication required.", "Send a valid bearer token from the identity provider: Authorization: Bearer <access token>.", AuthorizationField));
            return;
        }

        if (authorizeResult.Forbidden)
        {
            await WriteAsync(context, StatusCodes.Status403Forbidden,
                ("Not allowed.", "The signed-in caller may not do this: it needs another role or to own what it asks for.", AuthorizationField));
            return;
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }

    /// <summary>The 403 a handler returns after a resource check (another customer's order).</summary>
    public static ProblemHttpResult Forbidden(string detail) => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden, title: "Not allowed.", detail: detail,
        extensions: new Dictionary<string, object?> { ["field"] = AuthorizationField });

    private static Task WriteAsync(HttpContext context, int status, (string Title, string Detail, string Field) problem) =>
        ProblemResponses.WriteAsync(context, status, problem.Title, problem.Detail, new Dictionary<string, object?> { ["field"] = problem.Field });
}
