using System.Security.Claims;

namespace Ecommerce.ServiceDefaults.Security;

/// <summary>What the services read from a caller's token.</summary>
public static class CallerClaims
{
    /// <summary>The owner's email from the configured claim (normally <c>email</c>), trimmed and lower-cased; null when absent.</summary>
    public static string? OwnerEmail(this ClaimsPrincipal user, AuthSettings settings) =>
        user.FindFirst(settings.OwnerClaimType)?.Value is { Length: > 0 } email ? email.Trim().ToLowerInvariant() : null;

    /// <summary>The token's subject, for rate limits and logs; null for an anonymous caller.</summary>
    public static string? Subject(this ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true ? user.FindFirst("sub")?.Value : null;
}
