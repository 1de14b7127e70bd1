extern alias smtpsink;
using Ecommerce.TestSupport.Dapr;
using smtpsink::Ecommerce.SmtpSink;

namespace Ecommerce.Notifications.Tests;

/// <summary>One SMTP sink and one service for the collection; tests keep apart by unique order ids and recipients.</summary>
public sealed class NotificationsFixture : IAsyncLifetime
{
    private SmtpSinkServer? _sink;
    private NotificationsApp? _app;

    public FakeDaprClient Dapr { get; } = new();

    public SmtpSinkServer Sink => _sink ?? throw new InvalidOperationException("The fixture has not started.");

    public HttpClient Client { get; private set; } = new();

    public async Task InitializeAsync()
    {
        _sink = await SmtpSinkServer.StartAsync(new SmtpSinkOptions { SmtpPort = 0, HttpPort = 0 });
        _app = NotificationsApp.SendingTo(_sink.SmtpPort, Dapr);
        Client = _app.CreateClient();
    }

    public IReadOnlyList<ReceivedMessage> MailTo(string recipient) => Sink.Messages.List(recipient);

    /// <summary>Another client of the service (the caller's disposal), for tests that send their own headers.</summary>
    public HttpClient CreateClient() => _app?.CreateClient() ?? throw new InvalidOperationException("The fixture has not started.");

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_sink is not null)
        {
            await _sink.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class NotificationsCollection : ICollectionFixture<NotificationsFixture>
{
    public const string Name = "notifications";
}
