using System.Net;
using SmtpServer;
using SmtpServer.Net;
using SmtpProvider = SmtpServer.ComponentModel.ServiceProvider;

namespace Ecommerce.SmtpSink;

/// <summary>
/// The SMTP sink as one object: an SMTP listener that keeps what it receives in memory and the HTTP API that reads it.
/// Used by the executable and, in-process, by tests of other projects.
/// </summary>
public sealed class SmtpSinkServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SmtpServer.SmtpServer _smtp;
    private readonly CancellationTokenSource _stopping;
    private readonly Task _smtpRun;
    private bool _stopped;

    private SmtpSinkServer(
        WebApplication app, SmtpServer.SmtpServer smtp, CancellationTokenSource stopping, Task smtpRun, IPEndPoint smtpEndPoint)
    {
        _app = app;
        _smtp = smtp;
        _stopping = stopping;
        _smtpRun = smtpRun;
        SmtpEndPoint = smtpEndPoint;
        HttpAddress = SmtpSinkApp.ListeningAddress(app);
    }

    public IPEndPoint SmtpEndPoint { get; }

    public int SmtpPort => SmtpEndPoint.Port;

    /// <summary>Base address of the HTTP API, ending with a slash.</summary>
    public Uri HttpAddress { get; }

    public int HttpPort => HttpAddress.Port;

    public MailStore Messages => _app.Services.GetRequiredService<MailStore>();

    public FaultSwitch Faults => _app.Services.GetRequiredService<FaultSwitch>();

    public static async Task<SmtpSinkServer> StartAsync(
        SmtpSinkOptions options, string[]? args = null, CancellationToken cancellationToken = default)
    {
        var app = SmtpSinkApp.Build(options, args ?? []);
        await app.StartAsync(cancellationToken);

        var started = new TaskCompletionSource<IPEndPoint>(TaskCreationOptions.RunContinuationsAsynchronously);
        var listeners = new EndpointListenerFactory();
        listeners.EndpointStarted += (_, e) => started.TrySetResult((IPEndPoint)e.LocalEndPoint);

        var smtpOptions = new SmtpServerOptionsBuilder()
            .ServerName("ecommerce-smtp-sink")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(options.BindAddress, options.SmtpPort)))
            .Build();
        var provider = new SmtpProvider();
        provider.Add(listeners);
        provider.Add(app.Services.GetRequiredService<SinkMessageStore>());
        var smtp = new SmtpServer.SmtpServer(smtpOptions, provider);

        var stopping = new CancellationTokenSource();
        var smtpRun = smtp.StartAsync(stopping.Token);

        // A bind failure (port in use) ends smtpRun before any endpoint starts: surface it instead of waiting forever.
        var first = await Task.WhenAny(started.Task, smtpRun).WaitAsync(cancellationToken);
        if (first != started.Task)
        {
            stopping.Dispose();
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
            await smtpRun;
            throw new InvalidOperationException($"The SMTP listener on port {options.SmtpPort} stopped before it started.");
        }

        var server = new SmtpSinkServer(app, smtp, stopping, smtpRun, await started.Task);
        Log.Listening(app.Logger, server.SmtpEndPoint.ToString(), server.HttpAddress.ToString());
        return server;
    }

    /// <summary>Completes when the host is asked to stop (SIGTERM, Ctrl+C) — for the executable.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) =>
        _app.WaitForShutdownAsync(cancellationToken);

    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        _smtp.Shutdown();
        await _stopping.CancelAsync();
        try
        {
            await _smtpRun.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Cancelling the listener is how SmtpServer stops; the exception is the expected outcome.
        }

        await _app.StopAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}
