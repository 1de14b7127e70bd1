namespace Ecommerce.Identity.Accounts;

/// <summary>
/// What local mode seeds (Identity:SeedLocalAccounts): two customers, an operator, the CLI client (authorization code +
/// PKCE on a loopback redirect, and the local-only password grant for scripts), the back office (authorization code
/// + PKCE, confidential) and the operator machine client. These
/// credentials are public (README): never seed them anywhere but a developer's machine or a test run.
/// </summary>
public static class LocalAccounts
{
    public const string ApiScope = "ecommerce";
    public const string ApiAudience = "ecommerce-api";
    public const string CustomerRole = "customer";
    public const string OperatorRole = "operator";

    public const string CliClientId = "ecommerce-cli";
    public const string CliRedirectUri = "http://127.0.0.1:7890/callback";
    public const string OperatorClientId = "ecommerce-operator";
    public const string OperatorClientSecret = "operator-secret-local";
    public const string BackofficeClientId = "ecommerce-backoffice";
    public const string BackofficeClientSecret = "backoffice-secret-local";
    public const string BackofficeSignInPath = "/signin-oidc";
    public const string BackofficeSignOutPath = "/signout-callback-oidc";

    public static readonly IReadOnlyList<LocalUser> Users =
    [
        new("ada@example.com", "Ada Lovelace", "ada-password-local", CustomerRole),
        new("grace@example.com", "Grace Hopper", "grace-password-local", CustomerRole),
        new("operator@example.com", "Shop Operator", "operator-password-local", OperatorRole),
    ];
}
