using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Ecommerce.Notifications.Email;

/// <summary>Sends mail over SMTP with MailKit, one connection per message (mail volume is one per order event).</summary>
public sealed class SmtpEmailSender(IOptions<SmtpOptions> options)
{
    private readonly SmtpOptions _settings = options.Value;

    /// <exception cref="EmailDeliveryException">The server could not be reached or refused the message.</exception>
    public async Task SendAsync(OrderEmail email, CancellationToken cancellationToken)
    {
        using var message = ToMimeMessage(email);
        using var client = new SmtpClient { Timeout = (int)_settings.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(_settings.Host, _settings.Port, SocketOptions(_settings.UseTls), cancellationToken);
            if (_settings.UserName is not null)
            {
                await client.AuthenticateAsync(_settings.UserName, _settings.Password ?? "", cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
        }
        catch (Exception exception) when (exception is SmtpCommandException or SmtpProtocolException
            or AuthenticationException or SslHandshakeException or IOException or System.Net.Sockets.SocketException
            or TimeoutException)
        {
            throw new EmailDeliveryException($"SMTP server {_settings.Host}:{_settings.Port} did not take the message: {exception.Message}", exception);
        }

        await QuitAsync(client);
    }

    /// <summary>Once the server accepted the message it is sent: a QUIT that fails or is cancelled changes nothing.</summary>
    private static async Task QuitAsync(SmtpClient client)
    {
        try
        {
            await client.DisconnectAsync(quit: true, CancellationToken.None);
        }
        catch (Exception exception) when (exception is SmtpCommandException or SmtpProtocolException or IOException
            or System.Net.Sockets.SocketException or TimeoutException)
        {
            // The connection is closed when the client is disposed.
        }
    }

    private MimeMessage ToMimeMessage(OrderEmail email)
    {
        var message = new MimeMessage
        {
            Subject = email.Subject,
            MessageId = email.MessageId,
            Body = new BodyBuilder { HtmlBody = email.Html, TextBody = email.Text }.ToMessageBody(),
        };
        message.From.Add(MailboxAddress.Parse(_settings.From));
        message.To.Add(MailboxAddress.Parse(email.Recipient));
        return message;
    }

    private static SecureSocketOptions SocketOptions(SmtpTlsMode mode) => mode switch
    {
        SmtpTlsMode.StartTls => SecureSocketOptions.StartTls,
        SmtpTlsMode.Ssl => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.None,
    };
}
