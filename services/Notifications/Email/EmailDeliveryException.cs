namespace Ecommerce.Notifications.Email;

/// <summary>The SMTP server could not be reached or did not accept a message; the event is retried.</summary>
public sealed class EmailDeliveryException(string message, Exception innerException) : Exception(message, innerException);
