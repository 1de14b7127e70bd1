using MimeKit;

namespace Ecommerce.Notifications.Subscriptions;

/// <summary>Whether an event's recipient is a single mail address we can send to.</summary>
internal static class Mailbox
{
    public static bool IsValid(string? address) =>
        !string.IsNullOrWhiteSpace(address) && MailboxAddress.TryParse(address, out var mailbox) && mailbox.Address.Contains('@');
}
