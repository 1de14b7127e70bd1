using System.Net.Http.Json;
using Aspire.Hosting.Testing;
using Ecommerce.AppHost;
using Ecommerce.AppHost.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ecommerce.Backoffice.Tests.Hosting;

/// <summary>
/// The real app host (every service, the identity server and the back office on free ports; access tokens of
/// <see cref="ShortTokens.Lifetime"/>) and one headless chromium for all the browser tests. Each test opens its own
/// browser context, so its sign-in is its own.
/// </summary>
public sealed class BackofficeFixture : IAsyncLifetime
{
    // Generous: on the shared 2-core machine, with other suites building, the whole system has taken over 6 minutes.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(10);

    /// <summary>How long a page may take to show what a test waits for (an order moving through its workflow).</summary>
    public static readonly TimeSpan ExpectTimeout = TimeSpan.FromSeconds(90);

    private LocalAppHost? _host;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public LocalAppHost Host => _host ?? throw new InvalidOperationException("The app host has not started.");

    /// <summary>The back office's address, as the ready summary prints it.</summary>
    public Uri BackofficeUrl => Host.App.GetEndpoint(LocalAppHost.Backoffice, "http");

    public async Task InitializeAsync()
    {
        SetDefaultExpectTimeout((float)ExpectTimeout.TotalMilliseconds);
        _host = await LocalAppHost.StartAsync(new LocalAppHostOptions(StartServices: true, StartTimeout)
        {
            Model = builder =>
            {
                ShortTokens.Apply(builder);
                builder.Services.AddSingleton<ILoggerProvider, ResourceLogFile>();
            },
        });
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(Chromium.LaunchOptions());
    }

    /// <summary>A fresh browser context (no cookies) on the back office.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BackofficeUrl.ToString(),
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
        });
        context.SetDefaultTimeout((float)ExpectTimeout.TotalMilliseconds);
        return await context.NewPageAsync();
    }

    /// <summary>Opens the back office, which sends the browser to the identity service's login page, and signs in there.</summary>
    public async Task<IPage> SignInAsync(string email = Accounts.OperatorEmail, string password = Accounts.OperatorPassword)
    {
        var page = await NewPageAsync();
        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(BackofficeUrl.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal));
        return page;
    }

    /// <summary>
    /// Publishes an event Inventory cannot read to inventory.stock.released through Inventory's sidecar (with the
    /// run's Dapr API token, as the service itself would): the handler DROPs it and the sidecar dead-letters it.
    /// </summary>
    public async Task PublishPoisonAsync(string marker)
    {
        using var sidecar = Host.App.CreateHttpClient(LocalAppHost.SidecarOf("inventory"), "http");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1.0/publish/pubsub/inventory.stock.released")
        {
            Content = JsonContent.Create(new { orderId = "not-an-order-id", marker }),
        };
        request.Headers.Add("dapr-api-token", LocalSecrets.DaprApiToken);
        using var response = await sidecar.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"Publishing the poison event answered {(int)response.StatusCode}");
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
