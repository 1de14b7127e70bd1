namespace Ecommerce.Notifications.Email;

/// <summary>
/// One email ready to send. <see cref="MessageId"/> is derived from the order and template, so a copy sent again
/// after a crash carries the same Message-ID and mail clients that de-duplicate show it once.
/// </summary>
public sealed record OutgoingEmail(string Recipient, string Subject, string HtmlBody, string TextBody, string MessageId);
