using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Aspire.Hosting.Testing;

namespace Ecommerce.AppHost.Tests;

public sealed partial class ServicesTests(ServicesFixture fixture) : IClassFixture<ServicesFixture>
{
    private const string ReadySummaryCategory = "Ecommerce.AppHost.ReadySummary";
    private const int ReadySummaryEvent = 4;

    private LocalAppHost Run => fixture.Run;

    [Fact]
    public async Task Every_service_and_its_local_sidecar_become_healthy()
    {
        Assert.Superset(
            LocalAppHost.Services.Concat(LocalAppHost.Services.Select(LocalAppHost.SidecarOf)).ToHashSet(),
            Run.ResourceNames.ToHashSet());
        foreach (var service in LocalAppHost.Services)
        {
            using var app = Run.App.CreateHttpClient(service, "http");
            using var sidecar = Run.App.CreateHttpClient(LocalAppHost.SidecarOf(service), "http");

            Assert.Equal("Healthy", await app.GetStringAsync("/health/ready"));
            (await sidecar.GetAsync("/v1.0/healthz")).EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public async Task The_ready_summary_appears_and_every_url_in_it_answers()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var summary = await fixture.Logs.WaitForAsync(ReadySummaryCategory, ReadySummaryEvent, timeout.Token);

        var firstCall = summary.IndexOf("First call", StringComparison.Ordinal);
        Assert.True(firstCall > 0, "the summary shows a first call");
        var urls = Url().Matches(summary[..firstCall]).Select(match => match.Value).ToList();
        Assert.Equal(LocalAppHost.Services.Count, urls.Count(url => url.EndsWith("/scalar", StringComparison.Ordinal)));
        Assert.Contains(urls, url => url.EndsWith("/messages", StringComparison.Ordinal));
        Assert.Contains(urls, url => url.EndsWith("/.well-known/openid-configuration", StringComparison.Ordinal));
        using var http = new HttpClient();
        foreach (var url in urls)
        {
            using var response = await http.GetAsync(url, timeout.Token);
            Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}");
        }

        // The first call as printed: the seeded customer's token from the token endpoint, then the catalog with it.
        var (tokenUrl, catalogUrl) = (Url().Matches(summary[firstCall..])[0].Value, Url().Matches(summary[firstCall..])[1].Value);
        using var tokenResponse = await http.PostAsync(tokenUrl, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "ecommerce-cli",
            ["username"] = "ada@example.com", ["password"] = "ada-password-local", ["scope"] = "ecommerce",
        }), timeout.Token);
        Assert.True(tokenResponse.IsSuccessStatusCode, $"{tokenUrl} answered {(int)tokenResponse.StatusCode}");
        var token = (await tokenResponse.Content.ReadFromJsonAsync<JsonElement>(timeout.Token)).GetProperty("access_token").GetString();
        using var catalog = new HttpRequestMessage(HttpMethod.Get, catalogUrl) { Headers = { Authorization = new("Bearer", token) } };
        using var products = await http.SendAsync(catalog, timeout.Token);
        Assert.True(products.IsSuccessStatusCode, $"{catalogUrl} answered {(int)products.StatusCode}");
    }

    [GeneratedRegex(@"https?://[^\s)]+")]
    private static partial Regex Url();
}
