using Ecommerce.TestSupport.Dapr;

namespace Ecommerce.Notifications.Tests;

/// <summary>The Notifications service in memory, mailing through a real SMTP server, with a fake Dapr sidecar.</summary>
public sealed class NotificationsApp(IReadOnlyDictionary<string, string?> settings, FakeDaprClient dapr)
    : FakeSidecarApp<Program>(settings, dapr)
{
    /// <summary>A refusal answers RETRY at once (Smtp:RetryWithin 0) unless <paramref name="retryWithin"/> says otherwise.</summary>
    public static NotificationsApp SendingTo(int smtpPort, FakeDaprClient dapr, string retryWithin = "00:00:00") => new(
        new Dictionary<string, string?>
        {
            ["Smtp:RetryWithin"] = retryWithin,
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:From"] = "Ecommerce <orders@shop.example>",
            ["Smtp:UseTls"] = "none",
            ["Smtp:Timeout"] = "00:00:05",
        },
        dapr);
}
