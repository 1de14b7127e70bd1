using Ecommerce.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ecommerce.LocalSidecar.Tests.Infrastructure;

/// <summary>A small ASP.NET Core app subscribing through Dapr.AspNetCore, as the services do.</summary>
internal sealed class SubscriberApp(WebApplication app, int port) : IAsyncDisposable
{
    public int Port { get; } = port;

    public static async Task<SubscriberApp> StartAsync(Action<WebApplication> mapTopics, int? port = null)
    {
        var appPort = port ?? FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{appPort}");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddDaprClient();
        var app = builder.Build();
        app.UseCloudEvents();
        app.MapSubscribeHandler();
        mapTopics(app);
        await app.StartAsync();
        return new SubscriberApp(app, appPort);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
