namespace Ecommerce.Notifications.Email;

/// <summary>How the connection to the SMTP server is secured (setting <c>Smtp:UseTls</c>).</summary>
public enum SmtpTlsMode
{
    /// <summary>Plain text, for a relay on the same host or network (the local SMTP sink).</summary>
    None,

    /// <summary>Connect in plain text, then upgrade with STARTTLS (usually port 587); fails if the server cannot.</summary>
    StartTls,

    /// <summary>TLS from the first byte (usually port 465).</summary>
    Ssl,
}
