using System.Net;
using Ecommerce.LocalSidecar.Workflow;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace Ecommerce.WorkflowBench;

/// <summary>The workflow backend hosted as the local sidecar hosts it (Kestrel, h2c, loopback).</summary>
public sealed class BenchBackend(WebApplication app, int port) : IAsyncDisposable
{
    public string Endpoint => $"http://127.0.0.1:{port}";

    public static async Task<BenchBackend> StartAsync(string connectionString, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port, l => l.Protocols = HttpProtocols.Http2));
        builder.Services.AddWorkflowBackend(connectionString, o => o.AppId = "bench");
        var app = builder.Build();
        app.MapWorkflowBackend();
        await app.StartAsync();
        return new BenchBackend(app, port);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
