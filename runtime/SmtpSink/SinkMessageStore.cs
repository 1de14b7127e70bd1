using System.Buffers;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Ecommerce.SmtpSink;

/// <summary>SmtpServer's storage hook: parses each message with MimeKit and keeps it, unless the reject fault is on.</summary>
internal sealed class SinkMessageStore(MailStore store, FaultSwitch faults, TimeProvider clock, ILogger<SinkMessageStore> logger)
    : MessageStore
{
    // 451 is transient: a well-behaved sender keeps the message and retries later, which is what tests exercise.
    private static readonly SmtpResponse Rejected =
        new(SmtpReplyCode.Aborted, "4.3.0 Rejected by the SMTP sink's fault switch, try again later");

    public override async Task<SmtpResponse> SaveAsync(
        ISessionContext context,
        IMessageTransaction transaction,
        ReadOnlySequence<byte> buffer,
        CancellationToken cancellationToken)
    {
        var from = transaction.From?.AsAddress() ?? string.Empty;
        if (faults.RejectMail)
        {
            Log.Rejected(logger, from);
            faults.CountRejected();
            return Rejected;
        }

        var recipients = transaction.To.Select(mailbox => mailbox.AsAddress()).ToArray();
        var (subject, text, html) = await ParseAsync(buffer, from, cancellationToken);
        var message = new ReceivedMessage(
            Guid.NewGuid().ToString("N"), from, recipients, subject, text, html, clock.GetUtcNow());
        store.Add(message);
        Log.Received(logger, message.Id, from, recipients.Length, subject);
        return SmtpResponse.Ok;
    }

    private async Task<(string Subject, string? Text, string? Html)> ParseAsync(
        ReadOnlySequence<byte> buffer, string from, CancellationToken cancellationToken)
    {
        try
        {
            using var stream = new MemoryStream(buffer.ToArray(), writable: false);
            var mime = await MimeMessage.LoadAsync(stream, cancellationToken);
            return (mime.Subject ?? string.Empty, mime.TextBody, mime.HtmlBody);
        }
        catch (FormatException exception)
        {
            Log.Unparseable(logger, exception, from);
            return (string.Empty, null, null);
        }
    }
}
