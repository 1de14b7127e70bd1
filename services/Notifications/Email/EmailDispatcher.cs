using Dapr.Client;
using Microsoft.Extensions.Options;
using Ecommerce.Contracts.Events;
using Ecommerce.Notifications.Ledger;
using Ecommerce.Notifications.Telemetry;
using Ecommerce.ServiceDefaults.Messaging;

namespace Ecommerce.Notifications.Email;

/// <summary>
/// Sends an (order, template) email at most once per ledger claim, then announces it on <c>sentTopic</c> (none for
/// cancellations). Answers what the delivery of the event that asked for it should get: SUCCESS once the email is
/// sent (now or before), RETRY while another delivery sends it or the SMTP server does not take it.
/// </summary>
public sealed partial class EmailDispatcher(
    DeliveryLedger ledger, SmtpEmailSender sender, DaprClient dapr, NotificationsMetrics metrics, TimeProvider time, IOptions<SmtpOptions> smtp,
    ILogger<EmailDispatcher> logger)
{
    private static readonly TimeSpan FirstBackOff = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan LongestBackOff = TimeSpan.FromSeconds(4);

    public async Task<TopicStatus> SendOnceAsync(OrderEmail email, string? sentTopic, CancellationToken cancellationToken)
    {
        var claim = await ledger.ClaimAsync(email.OrderId, email.Template, email.Recipient, cancellationToken);
        switch (claim.Outcome)
        {
            case ClaimOutcome.InFlight:
                LogInFlight(email.OrderId, email.Template, claim.Record.ClaimedAt);
                return TopicStatus.Retry;
            case ClaimOutcome.AlreadySent:
                LogAlreadySent(email.OrderId, email.Template);
                await AnnounceAsync(email, sentTopic, claim.Key, claim.Record, cancellationToken);
                return TopicStatus.Success;
        }

        // From the claim on, the email belongs to the claim, not to the delivery that made it: a sidecar killed
        // mid-send, or daprd giving up on the delivery, cancels the delivery, but a message the SMTP server may have
        // accepted must be finished and recorded before the lease runs out, or the next delivery sends it again.
        var leaseLeft = claim.Record.ClaimedAt + DeliveryLedger.LeaseFor(smtp.Value) - time.GetUtcNow();
        using var lease = new CancellationTokenSource(leaseLeft > TimeSpan.Zero ? leaseLeft : TimeSpan.Zero, time);
        try
        {
            await SendPatientlyAsync(email, lease.Token);
        }
        catch (EmailDeliveryException exception)
        {
            metrics.Failed(email.Template);
            LogSmtpFailed(exception, email.OrderId, email.Template);
            await ledger.ReleaseAsync(claim, lease.Token);
            return TopicStatus.Retry;
        }

        metrics.Sent(email.Template);
        var sent = await RecordSentAsync(claim, lease.Token);
        LogSent(email.OrderId, email.Template);
        await AnnounceAsync(email, sentTopic, claim.Key, sent, cancellationToken);
        return TopicStatus.Success;
    }

    /// <summary>
    /// Marks the claim Sent, trying again while the sidecar is away (a restart takes seconds) and the lease lasts;
    /// past the lease the at-least-once edge applies (<see cref="DeliveryLedger"/>).
    /// </summary>
    private async Task<DeliveryRecord> RecordSentAsync(DeliveryClaim claim, CancellationToken lease)
    {
        var sentAt = time.GetUtcNow();
        for (var backOff = FirstBackOff / 2; ; backOff = Doubled(backOff))
        {
            try
            {
                return await ledger.MarkSentAsync(claim, sentAt, lease);
            }
            catch (Exception exception) when (TransientFailures.IsTransient(exception) && !lease.IsCancellationRequested)
            {
                LogRecordingSentTryingAgain(claim.Key, backOff, exception.Message);
                await Task.Delay(backOff, time, lease);
            }
        }
    }

    /// <summary>Tries again, with backoff, while Smtp:RetryWithin allows; the last refusal is thrown.</summary>
    private async Task SendPatientlyAsync(OrderEmail email, CancellationToken cancellationToken)
    {
        var giveUpAt = time.GetUtcNow() + smtp.Value.RetryWithin;
        for (var backOff = FirstBackOff; ; backOff = Doubled(backOff))
        {
            try
            {
                await sender.SendAsync(email, cancellationToken);
                return;
            }
            catch (EmailDeliveryException exception) when (time.GetUtcNow() + backOff < giveUpAt)
            {
                LogSmtpRefusedTryingAgain(email.OrderId, email.Template, backOff, exception.Message);
                await Task.Delay(backOff, time, cancellationToken);
            }
        }
    }

    private static TimeSpan Doubled(TimeSpan backOff) => backOff * 2 < LongestBackOff ? backOff * 2 : LongestBackOff;

    private async Task AnnounceAsync(OrderEmail email, string? sentTopic, string key, DeliveryRecord sent, CancellationToken cancellationToken)
    {
        if (sentTopic is null || sent.Announced)
        {
            return;
        }

        var evt = new EmailSent(email.OrderId, email.Template, sent.Recipient, sent.SentAt ?? time.GetUtcNow());
        await dapr.PublishOrderEventAsync(sentTopic, email.OrderId, evt, cancellationToken);
        await ledger.MarkAnnouncedAsync(key, sent, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent {Template} email for order {OrderId}")]
    private partial void LogSent(Guid orderId, string template);

    [LoggerMessage(Level = LogLevel.Information, Message = "The {Template} email for order {OrderId} was sent before; not sending again")]
    private partial void LogAlreadySent(Guid orderId, string template);

    [LoggerMessage(Level = LogLevel.Information, Message = "The {Template} email for order {OrderId} is being sent by another delivery (claimed at {ClaimedAt}); asking for a retry")]
    private partial void LogInFlight(Guid orderId, string template, DateTimeOffset claimedAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "The SMTP server did not take the {Template} email for order {OrderId}; trying again in {BackOff}: {Reason}")]
    private partial void LogSmtpRefusedTryingAgain(Guid orderId, string template, TimeSpan backOff, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The email {Key} was sent but could not be marked Sent; trying again in {BackOff}: {Reason}")]
    private partial void LogRecordingSentTryingAgain(string key, TimeSpan backOff, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The SMTP server did not take the {Template} email for order {OrderId}; asking for a retry")]
    private partial void LogSmtpFailed(Exception exception, Guid orderId, string template);
}
