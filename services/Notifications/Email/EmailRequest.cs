using Ecommerce.Notifications.Email.Templates;

namespace Ecommerce.Notifications.Email;

/// <summary>
/// An email to send once for an order: the template it came from, who gets it, its content, and the topic that
/// announces it was sent (null when nothing is announced, as for cancellations).
/// </summary>
public sealed record EmailRequest(Guid OrderId, string Template, string Recipient, RenderedEmail Content, string? SentTopic);
