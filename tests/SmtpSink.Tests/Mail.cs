using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Ecommerce.SmtpSink.Tests;

/// <summary>Sends real mail over SMTP with MailKit, the way the Notifications service does.</summary>
internal static class Mail
{
    public static MimeMessage Create(string to, string subject, string text, string? html = null)
    {
        var body = new BodyBuilder { TextBody = text, HtmlBody = html };
        var message = new MimeMessage { Subject = subject, Body = body.ToMessageBody() };
        message.From.Add(MailboxAddress.Parse("shop@example.com"));
        message.To.Add(MailboxAddress.Parse(to));
        return message;
    }

    public static async Task SendAsync(int port, MimeMessage message, CancellationToken ct = default)
    {
        using var client = new SmtpClient { Timeout = 10_000 };
        await client.ConnectAsync("127.0.0.1", port, SecureSocketOptions.None, ct);
        try
        {
            await client.SendAsync(message, ct);
        }
        finally
        {
            await client.DisconnectAsync(quit: true, ct);
        }
    }
}
