using System.Diagnostics.Metrics;

namespace Ecommerce.Notifications.Telemetry;

/// <summary>
/// Emails on /metrics: emails_sent_total once per email the SMTP server accepted, emails_failed_total once per
/// attempt it did not take (the delivery is retried, so one email can fail several times and still be sent).
/// </summary>
public sealed class NotificationsMetrics
{
    public const string MeterName = "Ecommerce.Notifications";

    private readonly Counter<long> _sent;
    private readonly Counter<long> _failed;

    public NotificationsMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _sent = meter.CreateCounter<long>("emails_sent", description: "Emails the SMTP server accepted, by template");
        _failed = meter.CreateCounter<long>("emails_failed", description: "Attempts to send an email that the SMTP server did not take, by template");
    }

    public void Sent(string template) => _sent.Add(1, new KeyValuePair<string, object?>("template", template));

    public void Failed(string template) => _failed.Add(1, new KeyValuePair<string, object?>("template", template));
}
