using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Ecommerce.Identity.Accounts;
using Ecommerce.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Ecommerce.Identity.Tests;

/// <summary>The identity service in memory on a real PostgreSQL database, seeded as in local mode.</summary>
public sealed class IdentityServerTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IAsyncLifetime
{
    private const string Issuer = "http://identity.tests.local/";
    private const string BackofficeUrl = "http://localhost:5999";
    private WebApplicationFactory<Program>? _factory;
    private HttpClient? _client;

    private HttpClient Client => _client ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        var connectionString = await postgres.Server.CreateDatabaseAsync("identity_" + Guid.NewGuid().ToString("N")[..12]);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => web
            .UseSetting("ConnectionStrings:identity", connectionString)
            .UseSetting("Identity:Issuer", Issuer)
            .UseSetting("Identity:RequireHttps", "false")
            .UseSetting("Identity:SeedLocalAccounts", "true")
            .UseSetting("Identity:AllowPasswordGrant", "true")
            .UseSetting("Identity:BackofficeUrls:0", BackofficeUrl)
            .UseSetting("Serilog:MinimumLevel:Default", "Warning"));
        _client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    [Fact]
    public async Task Discovery_names_the_issuer_the_flows_and_the_keys()
    {
        using var discovery = JsonDocument.Parse(await Client.GetStringAsync("/.well-known/openid-configuration"));
        var root = discovery.RootElement;

        Assert.Equal(Issuer, root.GetProperty("issuer").GetString());
        var grants = root.GetProperty("grant_types_supported").EnumerateArray().Select(g => g.GetString()).ToList();
        Assert.Superset(new HashSet<string?> { "authorization_code", "client_credentials", "refresh_token", "password" }, grants.ToHashSet());
        Assert.Contains("S256", root.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(m => m.GetString()));
        using var keys = JsonDocument.Parse(await Client.GetStringAsync(new Uri(root.GetProperty("jwks_uri").GetString()!).PathAndQuery));
        Assert.NotEmpty(keys.RootElement.GetProperty("keys").EnumerateArray());
    }

    [Fact]
    public async Task Password_grant_gives_a_seeded_customer_a_JWT_with_email_role_and_audience_and_a_refresh_token_that_works()
    {
        var token = await TokenAsync(new()
        {
            ["grant_type"] = "password", ["client_id"] = LocalAccounts.CliClientId,
            ["username"] = "ada@example.com", ["password"] = "ada-password-local",
            ["scope"] = "openid email roles offline_access ecommerce",
        });

        var claims = Claims(token.GetProperty("access_token").GetString()!);
        Assert.Equal("ada@example.com", claims.GetProperty("email").GetString());
        Assert.Equal(LocalAccounts.CustomerRole, claims.GetProperty("role").GetString());
        Assert.Equal(LocalAccounts.ApiAudience, claims.GetProperty("aud").GetString());
        Assert.Equal(Issuer, claims.GetProperty("iss").GetString());

        var refreshed = await TokenAsync(new()
        {
            ["grant_type"] = "refresh_token", ["client_id"] = LocalAccounts.CliClientId,
            ["refresh_token"] = token.GetProperty("refresh_token").GetString()!,
        });
        Assert.Equal("ada@example.com", Claims(refreshed.GetProperty("access_token").GetString()!).GetProperty("email").GetString());
    }

    [Fact]
    public async Task Client_credentials_give_the_operator_machine_client_the_operator_role()
    {
        var token = await TokenAsync(new()
        {
            ["grant_type"] = "client_credentials", ["client_id"] = LocalAccounts.OperatorClientId,
            ["client_secret"] = LocalAccounts.OperatorClientSecret, ["scope"] = LocalAccounts.ApiScope,
        });

        var claims = Claims(token.GetProperty("access_token").GetString()!);
        Assert.Equal(LocalAccounts.OperatorRole, claims.GetProperty("role").GetString());
        Assert.Equal(LocalAccounts.OperatorClientId, claims.GetProperty("sub").GetString());
    }

    [Theory]
    [InlineData("password", "ada@example.com", "wrong-password", null)]
    [InlineData("client_credentials", null, null, "wrong-secret")]
    public async Task Wrong_credentials_get_no_token(string grant, string? username, string? password, string? secret)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = grant, ["scope"] = LocalAccounts.ApiScope };
        form["client_id"] = secret is null ? LocalAccounts.CliClientId : LocalAccounts.OperatorClientId;
        if (secret is not null)
        {
            form["client_secret"] = secret;
        }
        else
        {
            form["username"] = username!;
            form["password"] = password!;
        }

        using var response = await Client.PostAsync("/connect/token", new FormUrlEncodedContent(form));

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized, $"{(int)response.StatusCode}");
        Assert.DoesNotContain("access_token", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authorization_without_PKCE_is_refused_and_with_it_an_anonymous_browser_is_sent_to_the_login_page()
    {
        const string common = "/connect/authorize?client_id=ecommerce-cli&response_type=code&scope=openid%20ecommerce&redirect_uri=http%3A%2F%2F127.0.0.1%3A7890%2Fcallback";

        using var withoutPkce = await Client.GetAsync(common);
        using var withPkce = await Client.GetAsync(common + "&code_challenge=" + new string('a', 43) + "&code_challenge_method=S256");

        // No code and no login page without PKCE: an error, on the page or back at the registered redirect URI.
        var refusal = withoutPkce.Headers.Location?.ToString() ?? await withoutPkce.Content.ReadAsStringAsync();
        Assert.True(withoutPkce.StatusCode == HttpStatusCode.BadRequest || refusal.StartsWith("http://127.0.0.1:7890/callback?error=", StringComparison.Ordinal),
            $"{(int)withoutPkce.StatusCode}: {refusal}");
        Assert.DoesNotContain("/account/login", refusal, StringComparison.Ordinal);
        Assert.True(withPkce.StatusCode == HttpStatusCode.Found, $"{(int)withPkce.StatusCode}: {await withPkce.Content.ReadAsStringAsync()}");
        Assert.StartsWith("/account/login", withPkce.Headers.Location!.IsAbsoluteUri ? withPkce.Headers.Location.PathAndQuery : withPkce.Headers.Location.OriginalString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BackofficeUrl + "/signin-oidc", true)]
    [InlineData("http://localhost:6000/signin-oidc", false)]
    public async Task The_back_office_client_is_seeded_with_the_redirect_URI_it_was_given_and_no_other(string redirectUri, bool accepted)
    {
        using var response = await Client.GetAsync(
            "/connect/authorize?client_id=ecommerce-backoffice&response_type=code&scope=openid%20roles%20ecommerce"
            + "&redirect_uri=" + Uri.EscapeDataString(redirectUri) + "&code_challenge=" + new string('a', 43) + "&code_challenge_method=S256");

        var location = response.Headers.Location?.OriginalString ?? "";
        Assert.Equal(accepted, response.StatusCode == HttpStatusCode.Found && location.Contains("/account/login", StringComparison.Ordinal));
    }

    private async Task<JsonElement> TokenAsync(Dictionary<string, string> form)
    {
        using var response = await Client.PostAsync("/connect/token", new FormUrlEncodedContent(form));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static JsonElement Claims(string jwt)
    {
        var payload = jwt.Split('.')[1].Replace('-', '+').Replace('_', '/');
        payload = payload.PadRight(payload.Length + ((4 - (payload.Length % 4)) % 4), '=');
        return JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(payload))).RootElement.Clone();
    }
}
