using MimeKit;

namespace Ecommerce.Notifications.Email;

/// <summary>
/// One email of an order, rendered from a template (<see cref="Templates.EmailTemplates"/>): the template is part of
/// the delivery ledger's key, and the same content goes out as HTML and as plain text.
/// </summary>
public sealed record OrderEmail(Guid OrderId, string Template, string Recipient, string Subject, string Html, string Text)
{
    /// <summary>
    /// Derived from the order and template, so a copy sent again after a crash carries the same Message-ID and
    /// mail clients that de-duplicate show it once.
    /// </summary>
    public string MessageId => $"{OrderId:N}.{Template}@ecommerce.notifications";

    /// <summary>Whether an event's recipient is a single mail address we can send to.</summary>
    public static bool IsAddress(string? address) =>
        !string.IsNullOrWhiteSpace(address) && MailboxAddress.TryParse(address, out var mailbox) && mailbox.Address.Contains('@');
}
