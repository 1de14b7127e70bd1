namespace Ecommerce.Backoffice.Tests.Hosting;

/// <summary>The seeded local accounts (README, "Security").</summary>
internal static class Accounts
{
    public const string OperatorEmail = "operator@example.com";
    public const string OperatorPassword = "operator-password-local";
    public const string OperatorName = "Shop Operator";
    public const string CustomerEmail = "grace@example.com";
    public const string CustomerPassword = "grace-password-local";

    /// <summary>The customer the back office places its test orders for (the app host's setting).</summary>
    public const string TestCustomerEmail = "ada@example.com";
}
