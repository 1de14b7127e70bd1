namespace Ecommerce.EndToEnd.Identity;

/// <summary>The identity service's seeded local accounts and clients (README, "Security").</summary>
public static class LocalCredentials
{
    public const string CustomerEmail = "ada@example.com";
    public const string CustomerPassword = "ada-password-local";
    public const string OtherCustomerEmail = "grace@example.com";
    public const string OtherCustomerPassword = "grace-password-local";
    public const string OperatorEmail = "operator@example.com";
    public const string OperatorPassword = "operator-password-local";
    public const string CliClientId = "ecommerce-cli";
    public const string CliRedirectUri = "http://127.0.0.1:7890/callback";
    public const string OperatorClientId = "ecommerce-operator";
    public const string OperatorClientSecret = "operator-secret-local";
    public const string Scopes = "openid email profile roles offline_access ecommerce";
    public const string TestCustomerPassword = "test-customer-password";
}
