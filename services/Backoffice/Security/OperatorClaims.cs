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

    /// <summary>The policy every page requires.</summary>
    public const string OperatorPolicy = "operator";
}
