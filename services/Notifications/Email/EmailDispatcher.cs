using Dapr.Client;
using Ecommerce.Contracts.Events;
using Ecommerce.Notifications.Ledger;
using Ecommerce.ServiceDefaults.Messaging;

namespace Ecommerce.Notifications.Email;

/// <summary>Sends an (order, template) email at most once per ledger claim, then announces it.</summary>
public sealed partial class EmailDispatcher(
    DeliveryLedger ledger, SmtpEmailSender sender, DaprClient dapr, TimeProvider time, ILogger<EmailDispatcher> logger)
{
    public async Task<DispatchOutcome> SendOnceAsync(EmailRequest request, CancellationToken cancellationToken)
    {
        var claim = await ledger.ClaimAsync(request.OrderId, request.Template, request.Recipient, cancellationToken);
        switch (claim.Outcome)
        {
            case ClaimOutcome.InFlight:
                LogInFlight(request.OrderId, request.Template, claim.Record.ClaimedAt);
                return DispatchOutcome.InFlight;
            case ClaimOutcome.AlreadySent:
                LogAlreadySent(request.OrderId, request.Template);
                await AnnounceAsync(request, claim.Key, claim.Record, cancellationToken);
                return DispatchOutcome.AlreadySent;
        }

        try
        {
            await sender.SendAsync(ToOutgoing(request), cancellationToken);
        }
        catch (EmailDeliveryException exception)
        {
            LogSmtpFailed(exception, request.OrderId, request.Template);
            await ledger.ReleaseAsync(claim, cancellationToken);
            return DispatchOutcome.SmtpFailed;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // daprd gave up on this delivery (timeout) mid-send and will deliver again: without the server's
            // acceptance the email counts as not sent, so the next delivery must be able to claim it at once.
            await ledger.ReleaseAsync(claim, CancellationToken.None);
            throw;
        }

        var sent = await ledger.MarkSentAsync(claim, time.GetUtcNow(), cancellationToken);
        LogSent(request.OrderId, request.Template);
        await AnnounceAsync(request, claim.Key, sent, cancellationToken);
        return DispatchOutcome.Sent;
    }

    private async Task AnnounceAsync(EmailRequest request, string key, DeliveryRecord sent, CancellationToken cancellationToken)
    {
        if (request.SentTopic is null || sent.Announced)
        {
            return;
        }

        var evt = new EmailSent(request.OrderId, request.Template, sent.Recipient, sent.SentAt ?? time.GetUtcNow());
        await dapr.PublishOrderEventAsync(request.SentTopic, request.OrderId, evt, cancellationToken);
        await ledger.MarkAnnouncedAsync(key, sent, cancellationToken);
    }

    private static OutgoingEmail ToOutgoing(EmailRequest request) => new(
        request.Recipient,
        request.Content.Subject,
        request.Content.Html,
        request.Content.Text,
        MessageId: $"{request.OrderId:N}.{request.Template}@ecommerce.notifications");

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent {Template} email for order {OrderId}")]
    private partial void LogSent(Guid orderId, string template);

    [LoggerMessage(Level = LogLevel.Information, Message = "The {Template} email for order {OrderId} was sent before; not sending again")]
    private partial void LogAlreadySent(Guid orderId, string template);

    [LoggerMessage(Level = LogLevel.Information, Message = "The {Template} email for order {OrderId} is being sent by another delivery (claimed at {ClaimedAt}); asking for a retry")]
    private partial void LogInFlight(Guid orderId, string template, DateTimeOffset claimedAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The SMTP server did not take the {Template} email for order {OrderId}; asking for a retry")]
    private partial void LogSmtpFailed(Exception exception, Guid orderId, string template);
}
