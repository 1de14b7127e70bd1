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

        var urls = Url().Matches(summary).Select(match => match.Value).ToList();
        Assert.Equal(LocalAppHost.Services.Count, urls.Count(url => url.EndsWith("/scalar", StringComparison.Ordinal)));
        Assert.Contains(urls, url => url.EndsWith("/messages", StringComparison.Ordinal));
        Assert.Contains("curl -s ", summary, StringComparison.Ordinal);
        using var http = new HttpClient();
        foreach (var url in urls)
        {
            using var response = await http.GetAsync(url, timeout.Token);
            Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}");
        }
    }

    [GeneratedRegex(@"https?://[^\s)]+")]
    private static partial Regex Url();
}
