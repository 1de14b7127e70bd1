namespace Ecommerce.Backoffice.Security;

/// <summary>The claims the back office reads from its sign-in (the identity service's names, not Microsoft's).</summary>
public static class OperatorClaims
{
    public const string Name = "name";
    public const string Email = "email";
    public const string Role = "role";
    public const string OperatorRole = "operator";

    /// <summary>
    /// The operator's access token, kept in the sign-in cookie: an interactive circuit has no HttpContext to read
    /// saved tokens from, but it has the signed-in user.
    /// </summary>
    public const string AccessToken = "backoffice:access_token";

    /// <summary>When the access token was issued and when it expires (Unix seconds).</summary>
    public const string AccessTokenIssuedAt = "backoffice:access_token_issued_at";

    public const string AccessTokenExpiresAt = "backoffice:access_token_expires_at";

    /// <summary>The refresh token the sign-in came with (scope offline_access), kept beside the access token.</summary>
    public const string RefreshToken = "backoffice:refresh_token";

    /// <summary>One sign-in: the key under which <see cref="OperatorSessions"/> keeps its newest tokens.</summary>
    public const string SessionId = "backoffice:session_id";

    /// <summary>When the sign-in ends whatever the tokens say (Unix seconds): Backoffice:SessionLifetime after it began.</summary>
    public const string SessionEndsAt = "backoffice:session_ends_at";

    /// <summary>The policy every page requires.</summary>
    public const string OperatorPolicy = "operator";
}
