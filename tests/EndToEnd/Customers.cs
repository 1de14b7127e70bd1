namespace Ecommerce.EndToEnd;

/// <summary>A fresh customer email per test, so mails and orders of one test never mix with another's.</summary>
public static class Customers
{
    public static string NewEmail(string scenario) => $"{scenario}-{Guid.NewGuid():N}@example.com";
}
