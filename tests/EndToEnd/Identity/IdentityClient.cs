using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Ecommerce.EndToEnd.Identity;

/// <summary>
/// Real tokens from the identity service: a person signing in through the login page (authorization code + PKCE),
/// a script (the local-only password grant), the operator machine client (client credentials).
/// </summary>
public sealed partial class IdentityClient(Uri baseAddress, string databaseConnectionString) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseAddress };
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _customers = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>An access token for a customer of the test's own (created on first use), by the password grant.</summary>
    public async Task<string> CustomerTokenAsync(string email, CancellationToken ct = default)
    {
        var token = _customers.GetOrAdd(email, key => new Lazy<Task<string>>(async () =>
        {
            await TestCustomers.EnsureAsync(databaseConnectionString, key, CancellationToken.None);
            return (await PasswordGrantAsync(key, LocalCredentials.TestCustomerPassword, CancellationToken.None)).AccessToken;
        }));
        try
        {
            return await token.Value.WaitAsync(ct);
        }
        catch when (token.Value.IsFaulted)
        {
            // A failed sign-in (the database too slow to answer, say) is not kept: the next call tries again.
            _customers.TryRemove(new KeyValuePair<string, Lazy<Task<string>>>(email, token));
            throw;
        }
    }

    public async Task<TokenResponse> PasswordGrantAsync(string email, string password, CancellationToken ct = default) =>
        await TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = LocalCredentials.CliClientId,
            ["username"] = email,
            ["password"] = password,
            ["scope"] = LocalCredentials.Scopes,
        }, ct);

    public async Task<TokenResponse> OperatorClientCredentialsAsync(CancellationToken ct = default) =>
        await TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = LocalCredentials.OperatorClientId,
            ["client_secret"] = LocalCredentials.OperatorClientSecret,
            ["scope"] = "ecommerce",
        }, ct);

    /// <summary>
    /// Signs in as a person does: the authorization endpoint sends the browser to the login page, the form is posted
    /// (with its antiforgery token), the authorization endpoint answers with a code on the redirect URI, and the code
    /// is exchanged with the PKCE verifier.
    /// </summary>
    public async Task<TokenResponse> SignInWithBrowserFlowAsync(string email, string password, CancellationToken ct = default)
    {
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
        {
            BaseAddress = _http.BaseAddress,
        };
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(verifier)));
        var state = Guid.NewGuid().ToString("N");
        var authorize = "/connect/authorize?" + string.Join('&', new Dictionary<string, string>
        {
            ["client_id"] = LocalCredentials.CliClientId,
            ["redirect_uri"] = LocalCredentials.CliRedirectUri,
            ["response_type"] = "code",
            ["scope"] = LocalCredentials.Scopes,
            ["code_challenge"] = challenge,
            ["code_challenge_method"] = "S256",
            ["state"] = state,
        }.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));

        var toLogin = await ExpectRedirectAsync(browser.GetAsync(authorize, ct));
        using var loginPage = await browser.GetAsync(toLogin, ct);
        var html = await loginPage.Content.ReadAsStringAsync(ct);
        var fields = HiddenField().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        fields["email"] = email;
        fields["password"] = password;
        var backToAuthorize = await ExpectRedirectAsync(browser.PostAsync("/account/login", new FormUrlEncodedContent(fields), ct));
        var toClient = await ExpectRedirectAsync(browser.GetAsync(backToAuthorize, ct));
        Assert.StartsWith(LocalCredentials.CliRedirectUri, toClient.ToString(), StringComparison.Ordinal);
        var query = System.Web.HttpUtility.ParseQueryString(toClient.Query);
        Assert.Equal(state, query["state"]);

        return await TokenAsync(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = LocalCredentials.CliClientId,
            ["redirect_uri"] = LocalCredentials.CliRedirectUri,
            ["code"] = query["code"] ?? throw new InvalidOperationException($"No code in {toClient}"),
            ["code_verifier"] = verifier,
        }, ct);
    }

    public void Dispose() => _http.Dispose();

    private async Task<TokenResponse> TokenAsync(Dictionary<string, string> form, CancellationToken ct)
    {
        using var response = await _http.PostAsync("/connect/token", new FormUrlEncodedContent(form), ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if ((int)response.StatusCode >= 500)
        {
            // The server's own trouble (its database just restarted, say): callers that retry may try again.
            throw new HttpRequestException($"/connect/token ({form["grant_type"]}) answered {(int)response.StatusCode}: {body}", null, response.StatusCode);
        }

        Assert.True(response.IsSuccessStatusCode, $"/connect/token ({form["grant_type"]}) answered {(int)response.StatusCode}: {body}");
        return System.Text.Json.JsonSerializer.Deserialize<TokenResponse>(body)!;
    }

    private static async Task<Uri> ExpectRedirectAsync(Task<HttpResponseMessage> sending)
    {
        using var response = await sending;
        Assert.True(response.StatusCode is HttpStatusCode.Found or HttpStatusCode.Redirect or HttpStatusCode.SeeOther,
            $"Expected a redirect, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response.Headers.Location!;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("""<input type="hidden" name="(?<name>[^"]+)" value="(?<value>[^"]*)">""")]
    private static partial Regex HiddenField();
}
