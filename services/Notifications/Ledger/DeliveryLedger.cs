using Dapr;
using Dapr.Client;
using Ecommerce.Contracts;
using Ecommerce.Notifications.Email;
using Ecommerce.ServiceDefaults.State;
using Microsoft.Extensions.Options;

namespace Ecommerce.Notifications.Ledger;

/// <summary>
/// The delivery ledger in the Dapr state store: each (order, template) email is claimed with a first-write save
/// before it is sent (Sending), and marked Sent once the SMTP server accepted it. Redelivered or concurrent events
/// find the claim and do not send again.
/// <para>
/// A claim outlives the delivery that made it: the send and its Sent mark finish even if the sidecar dies or daprd
/// gives up on the delivery, and Sent is tried again while the sidecar is away, until the lease ends.
/// The at-least-once edge: if the process dies after the SMTP server accepted the message but before Sent is saved,
/// the claim stays Sending. Deliveries within <see cref="LeaseFor"/> answer RETRY (they cannot tell a crash from a
/// slow send); after the lease, a delivery (a late retry or an operator's replay) takes the claim over and sends
/// again. That second copy carries the same Message-ID, so clients that de-duplicate show it once.
/// </para>
/// </summary>
public sealed class DeliveryLedger(DaprClient dapr, TimeProvider time, IOptions<SmtpOptions> smtp)
{
    private static readonly TimeSpan LeaseMargin = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Just longer than one delivery can spend sending (tries for Smtp:RetryWithin, the last one bounded by
    /// Smtp:Timeout for the connection and again for the message): 35 s with the defaults. It must end well within
    /// daprd's delivery retries (about a minute, resiliency.yaml), or the claim of a process killed mid-send outlives
    /// them and its email is never sent (tests/Faults found two such with a lease of 2 minutes).
    /// </summary>
    public static TimeSpan LeaseFor(SmtpOptions smtp) => smtp.RetryWithin + 2 * smtp.Timeout + LeaseMargin;

    private const int MaxClaimAttempts = 3;

    public static string KeyOf(Guid orderId, string template) => $"email|{orderId}|{template}";

    public async Task<DeliveryClaim> ClaimAsync(Guid orderId, string template, string recipient, CancellationToken cancellationToken)
    {
        var key = KeyOf(orderId, template);
        for (var attempt = 1; ; attempt++)
        {
            var (current, etag) = await dapr.GetStateAndETagAsync<DeliveryRecord?>(
                DaprComponents.NotificationsStateStore, key, cancellationToken: cancellationToken);
            var now = time.GetUtcNow();
            if (current is { State: DeliveryState.Sent })
            {
                return new DeliveryClaim(ClaimOutcome.AlreadySent, key, current);
            }

            if (current is not null && now - current.ClaimedAt < LeaseFor(smtp.Value))
            {
                return new DeliveryClaim(ClaimOutcome.InFlight, key, current);
            }

            var claim = new DeliveryRecord(DeliveryState.Sending, template, recipient, Guid.NewGuid().ToString("N"), now, SentAt: null, Announced: false);
            if (await dapr.TrySaveFirstWriteAsync(DaprComponents.NotificationsStateStore, key, claim, current is null ? null : etag, cancellationToken))
            {
                return new DeliveryClaim(ClaimOutcome.Claimed, key, claim);
            }

            if (attempt == MaxClaimAttempts)
            {
                // Lost every race: someone else is claiming this email right now.
                return new DeliveryClaim(ClaimOutcome.InFlight, key, current ?? claim);
            }
        }
    }

    public async Task<DeliveryRecord> MarkSentAsync(DeliveryClaim claim, DateTimeOffset sentAt, CancellationToken cancellationToken)
    {
        // Unconditional: once the server accepted the message, Sent is the truth whoever holds the claim now.
        var sent = claim.Record with { State = DeliveryState.Sent, SentAt = sentAt };
        await dapr.SaveStateAsync(DaprComponents.NotificationsStateStore, claim.Key, sent, cancellationToken: cancellationToken);
        return sent;
    }

    public Task MarkAnnouncedAsync(string key, DeliveryRecord sent, CancellationToken cancellationToken) =>
        dapr.SaveStateAsync(DaprComponents.NotificationsStateStore, key, sent with { Announced = true }, cancellationToken: cancellationToken);

    /// <summary>Gives a claim back after a failed send, so the retry can claim at once; only if it is still ours.</summary>
    public async Task ReleaseAsync(DeliveryClaim claim, CancellationToken cancellationToken)
    {
        var (current, etag) = await dapr.GetStateAndETagAsync<DeliveryRecord?>(
            DaprComponents.NotificationsStateStore, claim.Key, cancellationToken: cancellationToken);
        if (current is { State: DeliveryState.Sending } && current.ClaimId == claim.Record.ClaimId)
        {
            await dapr.TryDeleteStateAsync(DaprComponents.NotificationsStateStore, claim.Key, etag, cancellationToken: cancellationToken);
        }
    }
}
