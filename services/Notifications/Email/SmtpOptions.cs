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

    /// <summary>
    /// How long one delivery keeps trying a server that refuses or cannot be reached (backing off from 0.5 s to
    /// 4 s) before it answers RETRY. A mail-server outage then spends daprd's delivery retries (resiliency.yaml:
    /// 1 + 12 deliveries, about a minute of backoff) over about three minutes, so a confirmation outlives a one-minute
    /// outage instead of going to the dead-letter topic. Zero: answer RETRY at the first refusal.
    /// </summary>
    public TimeSpan RetryWithin { get; set; } = TimeSpan.FromSeconds(10);
}
