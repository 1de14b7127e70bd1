using Ecommerce.TestSupport.Security;

namespace Ecommerce.TestSupport.Http;

/// <summary>Bodies and tokens every matrix uses.</summary>
public static class BadInputs
{
    /// <summary>JSON nested 5,000 arrays deep.</summary>
    public static readonly string DeepJson = new string('[', 5000) + new string(']', 5000);

    /// <summary>A body well over the services' 64 KiB limit.</summary>
    public static readonly string HugeJson = "{\"padding\":\"" + new string('x', 70 * 1024) + "\"}";

    public static string WrongSignature(string email) => TestTokens.Create(email, "operator", signingKey: Convert.ToBase64String(new byte[48]));

    public static string Expired(string email) => TestTokens.Create(email, "operator", lifetime: TimeSpan.FromMinutes(-30));

    public static string WrongAudience(string email) => TestTokens.Create(email, "operator", audience: "another-api");

    public static string WrongIssuer(string email) => TestTokens.Create(email, "operator", issuer: "https://evil.example/");
}
