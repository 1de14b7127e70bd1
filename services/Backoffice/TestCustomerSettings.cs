namespace Ecommerce.Backoffice;

/// <summary>
/// A seeded local customer the back office signs in as, with the identity service's local-only password grant, to
/// place a test order that is really that customer's (Ordering takes the owner from the token).
/// </summary>
public sealed class TestCustomerSettings
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    /// <summary>The public client allowed the password grant in local mode.</summary>
    public string ClientId { get; set; } = "ecommerce-cli";
}
