using System.Globalization;
using System.Security.Claims;

namespace Ecommerce.Backoffice.Security;

/// <summary>The operator's access token, the refresh token that renews it, and when it was issued and expires.</summary>
public sealed record OperatorTokens(string AccessToken, string? RefreshToken, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt)
{
    /// <summary>Renewed after three quarters of its life: early enough that no call carries it expired, whatever its lifetime.</summary>
    public DateTimeOffset RenewAt => IssuedAt + (ExpiresAt - IssuedAt) * 3 / 4;

    public IEnumerable<Claim> ToClaims()
    {
        yield return new Claim(OperatorClaims.AccessToken, AccessToken);
        yield return new Claim(OperatorClaims.AccessTokenIssuedAt, IssuedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        yield return new Claim(OperatorClaims.AccessTokenExpiresAt, ExpiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        if (RefreshToken is not null)
        {
            yield return new Claim(OperatorClaims.RefreshToken, RefreshToken);
        }
    }

    /// <summary>The user with these tokens in place of the ones it carried.</summary>
    public ClaimsPrincipal In(ClaimsPrincipal user)
    {
        var identity = (ClaimsIdentity)user.Identity!;
        var renewed = new ClaimsIdentity(
            identity.Claims.Where(claim => claim.Type is not (OperatorClaims.AccessToken or OperatorClaims.AccessTokenIssuedAt
                or OperatorClaims.AccessTokenExpiresAt or OperatorClaims.RefreshToken)).Concat(ToClaims()),
            identity.AuthenticationType, identity.NameClaimType, identity.RoleClaimType);
        return new ClaimsPrincipal(renewed);
    }

    /// <summary>The tokens the sign-in kept in the user's claims; null for a sign-in without them.</summary>
    public static OperatorTokens? From(ClaimsPrincipal user) =>
        user.FindFirst(OperatorClaims.AccessToken)?.Value is { } accessToken
        && Seconds(user, OperatorClaims.AccessTokenIssuedAt) is { } issuedAt
        && Seconds(user, OperatorClaims.AccessTokenExpiresAt) is { } expiresAt
            ? new OperatorTokens(accessToken, user.FindFirst(OperatorClaims.RefreshToken)?.Value, issuedAt, expiresAt)
            : null;

    private static DateTimeOffset? Seconds(ClaimsPrincipal user, string type) =>
        long.TryParse(user.FindFirst(type)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
}
