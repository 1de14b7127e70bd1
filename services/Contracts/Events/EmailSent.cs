namespace Ecommerce.Contracts.Events;

/// <summary>notifications.email.*: an email went out for an order.</summary>
public sealed record EmailSent(Guid OrderId, string Template, string Recipient, DateTimeOffset SentAt) : IOrderEvent;
