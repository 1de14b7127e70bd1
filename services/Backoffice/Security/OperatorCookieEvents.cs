using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Ecommerce.Backoffice.Security;

/// <summary>
/// Checks the sign-in on every request: it ends when the authority refuses to renew its tokens (or at
/// Backoffice:SessionLifetime), and otherwise the cookie is rewritten with the newest tokens, so a restarted back
/// office starts from them rather than from the sign-in's.
/// </summary>
public sealed class OperatorCookieEvents(OperatorSessions sessions) : CookieAuthenticationEvents
{
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        if (context.Principal is not { } user)
        {
            return;
        }

        if (await sessions.AccessTokenAsync(user, context.HttpContext.RequestAborted) is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }

        if (sessions.Newest(user) is { } newest && newest.AccessToken != OperatorTokens.From(user)?.AccessToken)
        {
            context.ReplacePrincipal(newest.In(user));
            context.ShouldRenew = true;
        }
    }
}
