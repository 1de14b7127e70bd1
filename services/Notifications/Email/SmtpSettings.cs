using MimeKit;

namespace Ecommerce.Notifications.Email;

/// <summary>Where and how mail is sent: the <c>Smtp</c> configuration section, checked once at start.</summary>
public sealed record SmtpSettings
{
    public const string SectionName = "Smtp";

    public required string Host { get; init; }

    public int Port { get; init; } = 25;

    /// <summary>The sender address, e.g. <c>Shop &lt;orders@example.com&gt;</c>.</summary>
    public required string From { get; init; }

    public SmtpTlsMode UseTls { get; init; } = SmtpTlsMode.None;

    public string? UserName { get; init; }

    public string? Password { get; init; }

    /// <summary>
    /// Limit for each SMTP exchange, so a stuck server ends in a retry rather than a hung handler. Shorter than
    /// daprd's delivery timeout (pubsubDelivery, 15s in resiliency.yaml) so the handler answers RETRY itself.
    /// </summary>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;

    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Reads and validates the section; every error names the setting at fault.</summary>
    public static SmtpSettings FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        var host = section["Host"];
        if (string.IsNullOrWhiteSpace(host))
        {
            throw Invalid("Host", "is missing: the SMTP server's host name (the local SMTP sink: localhost)");
        }

        var from = section["From"];
        if (string.IsNullOrWhiteSpace(from) || !MailboxAddress.TryParse(from, out _))
        {
            throw Invalid("From", "is missing or not a mail address: the sender of every email, e.g. orders@example.com");
        }

        var settings = new SmtpSettings
        {
            Host = host.Trim(),
            From = from.Trim(),
            Port = ReadPort(section["Port"]),
            UseTls = ReadTlsMode(section["UseTls"]),
            UserName = NullIfBlank(section["UserName"]),
            Password = NullIfBlank(section["Password"]),
            Timeout = ReadTimeout(section["Timeout"]),
        };

        if (settings.UserName is not null && settings.Password is null)
        {
            throw Invalid("Password", "is missing while Smtp:UserName is set");
        }

        return settings;
    }

    private static int ReadPort(string? value) =>
        value is null ? 25
        : int.TryParse(value, out var port) && port is > 0 and <= 65535 ? port
        : throw Invalid("Port", $"is '{value}', not a TCP port (1-65535)");

    private static SmtpTlsMode ReadTlsMode(string? value) =>
        string.IsNullOrWhiteSpace(value) ? SmtpTlsMode.None
        : Enum.TryParse<SmtpTlsMode>(value, ignoreCase: true, out var mode) && Enum.IsDefined(mode) ? mode
        : throw Invalid("UseTls", $"is '{value}'; use none, StartTls or Ssl");

    private static TimeSpan ReadTimeout(string? value) =>
        value is null ? DefaultTimeout
        : TimeSpan.TryParse(value, out var timeout) && timeout > TimeSpan.Zero ? timeout
        : throw Invalid("Timeout", $"is '{value}', not a positive time span such as 00:00:20");

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static InvalidOperationException Invalid(string key, string problem) =>
        new($"Setting {SectionName}:{key} (environment variable {SectionName}__{key}) {problem}.");
}
