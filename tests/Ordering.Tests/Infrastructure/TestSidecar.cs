using System.Net;
using Ecommerce.LocalSidecar.Workflow;
using Ecommerce.TestSupport;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Ecommerce.Ordering.Tests.Infrastructure;

/// <summary>
/// What daprd is to the service, in process: the durable workflow backend (PostgreSQL) and a recording PublishEvent,
/// served over h2c on a free loopback port (the service finds it through DAPR_GRPC_ENDPOINT).
/// </summary>
public sealed class TestSidecar : IAsyncDisposable
{
    private readonly WebApplication _app;
    private bool _stopped;

    private TestSidecar(WebApplication app, int port, PublishRecorder published)
    {
        _app = app;
        Endpoint = $"http://127.0.0.1:{port}";
        Published = published;
    }

    public string Endpoint { get; }

    public PublishRecorder Published { get; }

    public static async Task<TestSidecar> StartAsync(string workflowConnectionString)
    {
        var port = FreePort.Next();
        var published = new PublishRecorder();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port, l => l.Protocols = HttpProtocols.Http2));
        builder.Services.AddSingleton(published);
        builder.Services.AddWorkflowBackend(workflowConnectionString, options =>
        {
            options.AppId = "ordering";
            options.PollInterval = TimeSpan.FromMilliseconds(100);
        });
        var app = builder.Build();
        app.MapWorkflowBackend();
        app.MapGrpcService<RecordingPubSubService>();
        await app.StartAsync();
        return new TestSidecar(app, port, published);
    }

    /// <summary>Stops at once, as a crashed sidecar would; calling it again does nothing.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        await _app.StopAsync(new CancellationToken(canceled: true));
        await _app.DisposeAsync();
    }
}
