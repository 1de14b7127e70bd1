using Ecommerce.TestSupport;

namespace Ecommerce.SmtpSink.Tests;

/// <summary>One sink per test on free ports, with an HTTP client pointed at its API.</summary>
public sealed class SinkFixture : IAsyncLifetime
{
    private SmtpSinkServer? _server;

    public SmtpSinkServer Server => _server ?? throw new InvalidOperationException("The sink has not started.");

    public HttpClient Http { get; private set; } = new();

    public async Task InitializeAsync()
    {
        _server = await SmtpSinkServer.StartAsync(new SmtpSinkOptions { SmtpPort = FreePort.Next(), HttpPort = FreePort.Next() });
        Http = new HttpClient { BaseAddress = _server.HttpAddress, Timeout = TimeSpan.FromSeconds(10) };
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
