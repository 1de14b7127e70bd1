namespace Ecommerce.Notifications.Email;

/// <summary>How an attempt to send an (order, template) email ended.</summary>
public enum DispatchOutcome
{
    Sent,
    AlreadySent,

    /// <summary>Another delivery holds the claim; the event must come again.</summary>
    InFlight,

    /// <summary>The SMTP server could not be reached or refused; the event must come again.</summary>
    SmtpFailed,
}
