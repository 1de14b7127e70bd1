using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using MailKit.Net.Smtp;
using MimeKit;

namespace Ecommerce.SmtpSink.Tests;

public sealed class SmtpSinkServerTests : IAsyncLifetime
{
    private readonly SinkFixture _sink = new();

    public Task InitializeAsync() => _sink.InitializeAsync();

    public Task DisposeAsync() => _sink.DisposeAsync();

    [Fact]
    public async Task A_mail_sent_over_smtp_can_be_read_back_over_http()
    {
        await Mail.SendAsync(_sink.Server.SmtpPort, Mail.Create("ada@example.com", "Order confirmed", "Plain text", "<p>Html</p>"));

        var messages = await _sink.Http.GetFromJsonAsync<List<ReceivedMessage>>("messages");

        var message = Assert.Single(messages!);
        Assert.Equal("shop@example.com", message.From);
        Assert.Equal(["ada@example.com"], message.To);
        Assert.Equal("Order confirmed", message.Subject);
        Assert.Equal("Plain text", message.TextBody?.TrimEnd());
        Assert.Equal("<p>Html</p>", message.HtmlBody?.TrimEnd());
        Assert.True(message.ReceivedAt > DateTimeOffset.UtcNow.AddMinutes(-1));
    }

    [Fact]
    public async Task Messages_are_listed_newest_first_and_filtered_by_recipient()
    {
        await Mail.SendAsync(_sink.Server.SmtpPort, Mail.Create("first@example.com", "one", "1"));
        await Mail.SendAsync(_sink.Server.SmtpPort, Mail.Create("second@example.com", "two", "2"));

        var all = await _sink.Http.GetFromJsonAsync<List<ReceivedMessage>>("messages");
        var filtered = await _sink.Http.GetFromJsonAsync<List<ReceivedMessage>>("messages?to=SECOND@example.com");

        Assert.Equal(["two", "one"], all!.Select(m => m.Subject));
        Assert.Equal("two", Assert.Single(filtered!).Subject);
    }

    [Fact]
    public async Task Bcc_recipients_are_listed_because_the_envelope_is_what_was_delivered()
    {
        var mail = Mail.Create("visible@example.com", "with bcc", "body");
        mail.Bcc.Add(MailboxAddress.Parse("hidden@example.com"));

        await Mail.SendAsync(_sink.Server.SmtpPort, mail);

        var message = Assert.Single((await _sink.Http.GetFromJsonAsync<List<ReceivedMessage>>("messages?to=hidden@example.com"))!);
        Assert.Equal(["visible@example.com", "hidden@example.com"], message.To);
    }

    [Fact]
    public async Task A_message_can_be_fetched_by_id_and_an_unknown_id_is_a_404_problem()
    {
        await Mail.SendAsync(_sink.Server.SmtpPort, Mail.Create("ada@example.com", "by id", "body"));
        var id = _sink.Server.Messages.List().Single().Id;

        var found = await _sink.Http.GetFromJsonAsync<ReceivedMessage>($"messages/{id}");
        using var missing = await _sink.Http.GetAsync("messages/does-not-exist");

        Assert.Equal("by id", found!.Subject);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Delete_messages_empties_the_store()
    {
        await Mail.SendAsync(_sink.Server.SmtpPort, Mail.Create("ada@example.com", "gone soon", "body"));

        using var response = await _sink.Http.DeleteAsync("messages");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty((await _sink.Http.GetFromJsonAsync<List<ReceivedMessage>>("messages"))!);
    }

    [Fact]
    public async Task While_reject_is_on_sending_fails_with_a_transient_reply_and_after_it_is_off_mail_is_accepted()
    {
        using (var on = await _sink.Http.PostAsync("faults/reject", content: null))
        {
            on.EnsureSuccessStatusCode();
        }

        var failure = await Assert.ThrowsAsync<SmtpCommandException>(
            () => Mail.SendAsync(_sink.Server.SmtpPort, Mail.Create("ada@example.com", "refused", "body")));
        Assert.InRange((int)failure.StatusCode, 400, 499);
        Assert.Empty(_sink.Server.Messages.List());

        using (var off = await _sink.Http.DeleteAsync("faults/reject"))
        {
            off.EnsureSuccessStatusCode();
        }

        await Mail.SendAsync(_sink.Server.SmtpPort, Mail.Create("ada@example.com", "accepted", "body"));
        Assert.Equal("accepted", Assert.Single(_sink.Server.Messages.List()).Subject);
    }

    [Fact]
    public async Task Healthz_answers_healthy()
    {
        Assert.Equal("Healthy", await _sink.Http.GetStringAsync("healthz"));
    }

    [Fact]
    public async Task Starting_on_an_smtp_port_in_use_fails_instead_of_hanging()
    {
        var options = new SmtpSinkOptions { SmtpPort = _sink.Server.SmtpPort, HttpPort = TestSupport.FreePort.Next() };

        var failure = await Assert.ThrowsAsync<SocketException>(
            () => SmtpSinkServer.StartAsync(options).WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(SocketError.AddressAlreadyInUse, failure.SocketErrorCode);
    }
}
