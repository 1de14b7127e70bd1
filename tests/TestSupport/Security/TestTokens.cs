using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Ecommerce.TestSupport.Security;

/// <summary>
/// A test token issuer: services hosted in memory accept bearer tokens signed with <see cref="SigningKey"/> (settings
/// Auth:SigningKey / Auth:Issuer, see <see cref="Settings"/>) instead of asking an authority, and every sidecar call
/// carries <see cref="AppApiToken"/>. Tokens look like the Identity service's: sub, email, name, role, aud.
/// </summary>
public static class TestTokens
{
    public const string Issuer = "https://identity.tests.local/";
    public const string Audience = "ecommerce-api";
    public const string AppApiToken = "test-app-api-token";
    public const string OperatorEmail = "operator@example.com";

    public static readonly string SigningKey = Convert.ToBase64String(Encoding.UTF8.GetBytes("ecommerce-tests-only-signing-key-32+bytes"));

    /// <summary>The settings a service under test needs to accept these tokens and its sidecar's app token.</summary>
    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Auth:SigningKey"] = SigningKey,
        ["Auth:Issuer"] = Issuer,
        ["Auth:Audience"] = Audience,
        ["APP_API_TOKEN"] = AppApiToken,
    };

    public static string Customer(string email) => Create(email, "customer");

    public static string Operator() => Create(OperatorEmail, "operator");

    /// <summary>A token for the caller described; <paramref name="email"/> null leaves the claim out (a machine client).</summary>
    public static string Create(string? email, string role, string? issuer = null, string? audience = null, TimeSpan? lifetime = null, string? signingKey = null)
    {
        var claims = new List<Claim> { new("sub", email ?? "machine-client"), new("name", email ?? "machine-client"), new("role", role) };
        if (email is not null)
        {
            claims.Add(new Claim("email", email));
        }

        var now = DateTime.UtcNow;
        var expires = now + (lifetime ?? TimeSpan.FromHours(1));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = audience ?? Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = expires < now ? expires.AddMinutes(-10) : now,
            NotBefore = expires < now ? expires.AddMinutes(-10) : now,
            Expires = expires,
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Convert.FromBase64String(signingKey ?? SigningKey)), SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>Signs the client in with <paramref name="token"/> (null: anonymous) and, when asked, adds the sidecar's app token.</summary>
    public static HttpClient As(this HttpClient client, string? token, bool withAppToken = true)
    {
        client.DefaultRequestHeaders.Authorization = token is null ? null : new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        client.DefaultRequestHeaders.Remove("dapr-api-token");
        if (withAppToken)
        {
            client.DefaultRequestHeaders.Add("dapr-api-token", AppApiToken);
        }

        return client;
    }
}
