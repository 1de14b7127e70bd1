using SmtpServer.Mail;

namespace Ecommerce.SmtpSink;

internal static class MailboxExtensions
{
    /// <summary>user@host, or just user for a mailbox without a host (the null sender has neither).</summary>
    public static string AsAddress(this IMailbox mailbox) =>
        string.IsNullOrEmpty(mailbox.Host) ? mailbox.User ?? string.Empty : $"{mailbox.User}@{mailbox.Host}";
}
