using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Ecommerce.Notifications.Email;

/// <summary>Sends mail over SMTP with MailKit, one connection per message (mail volume is one per order event).</summary>
public sealed class SmtpEmailSender(SmtpSettings settings)
{
    /// <exception cref="EmailDeliveryException">The server could not be reached or refused the message.</exception>
    public async Task SendAsync(OutgoingEmail email, CancellationToken cancellationToken)
    {
        using var message = ToMimeMessage(email);
        using var client = new SmtpClient { Timeout = (int)settings.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(settings.Host, settings.Port, SocketOptions(settings.UseTls), cancellationToken);
            if (settings.UserName is not null)
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (Exception exception) when (exception is SmtpCommandException or SmtpProtocolException
            or AuthenticationException or SslHandshakeException or IOException or System.Net.Sockets.SocketException
            or TimeoutException)
        {
            throw new EmailDeliveryException($"SMTP server {settings.Host}:{settings.Port} did not take the message: {exception.Message}", exception);
        }
    }

    private MimeMessage ToMimeMessage(OutgoingEmail email)
    {
        var message = new MimeMessage
        {
            Subject = email.Subject,
            MessageId = email.MessageId,
            Body = new BodyBuilder { HtmlBody = email.HtmlBody, TextBody = email.TextBody }.ToMessageBody(),
        };
        message.From.Add(MailboxAddress.Parse(settings.From));
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
