using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace Ecommerce.LocalSidecar.Workflow.Tests.Infrastructure;

/// <summary>The workflow backend hosted as the sidecar hosts it: Kestrel, HTTP/2 without TLS, on a loopback port.</summary>
public sealed class WorkflowServer : IAsyncDisposable
{
    private WebApplication? _app;

    private WorkflowServer(string connectionString, string appId, int port, string? ownerId, TimeSpan? leaseDuration)
    {
        ConnectionString = connectionString;
        AppId = appId;
        Port = port;
        OwnerId = ownerId;
        LeaseDuration = leaseDuration;
    }

    public string ConnectionString { get; }
    public string AppId { get; }
    public int Port { get; }

    /// <summary>Set for replicas sharing the app id: each backend's own lease owner.</summary>
    public string? OwnerId { get; }

    public TimeSpan? LeaseDuration { get; }
    public string Endpoint => $"http://127.0.0.1:{Port}";

    public static async Task<WorkflowServer> StartAsync(
        string connectionString, string appId, int port, string? ownerId = null, TimeSpan? leaseDuration = null)
    {
        var server = new WorkflowServer(connectionString, appId, port, ownerId, leaseDuration);
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Starts a fresh server process stand-in on the same port and database.</summary>
    public async Task StartAgainAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, Port, l => l.Protocols = HttpProtocols.Http2));
        builder.Services.AddWorkflowBackend(ConnectionString, o =>
        {
            o.AppId = AppId;
            o.OwnerId = OwnerId ?? "";
            o.LeaseDuration = LeaseDuration ?? o.LeaseDuration;
            o.PollInterval = TimeSpan.FromMilliseconds(100);
        });
        var app = builder.Build();
        app.MapWorkflowBackend();
        await app.StartAsync();
        _app = app;
    }

    /// <summary>Stops without grace: open streams and calls are aborted, nothing is flushed.</summary>
    public async Task KillAsync()
    {
        if (_app is null)
        {
            return;
        }

        var app = _app;
        _app = null;
        await app.StopAsync(new CancellationToken(canceled: true));
        await app.DisposeAsync();
    }

    public ValueTask DisposeAsync() => new(KillAsync());
}
