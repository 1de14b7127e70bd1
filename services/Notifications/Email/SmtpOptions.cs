namespace Ecommerce.Notifications.Email;

/// <summary>
/// Where and how mail is sent: the <c>Smtp</c> section (environment: Smtp__Host=localhost), validated at start by
/// <see cref="NotificationsServiceExtensions.AddSmtpOptions"/>.
/// </summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    /// <summary>The SMTP server's host name (the local SMTP sink: localhost).</summary>
    public string Host { get; set; } = "";

    public int Port { get; set; } = 25;

    /// <summary>The sender address, e.g. <c>Shop &lt;orders@example.com&gt;</c>.</summary>
    public string From { get; set; } = "";

    public SmtpTlsMode UseTls { get; set; } = SmtpTlsMode.None;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>
    /// Limit for each SMTP exchange, so a stuck server ends in a retry rather than a hung handler. Shorter than
    /// daprd's delivery timeout (pubsubDelivery, 15s in resiliency.yaml) so the handler answers RETRY itself.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
