namespace Ecommerce.Notifications.Ledger;

/// <summary>
/// The ledger entry of one (order, template) email, at key <c>email|{orderId}|{template}</c> in notificationstore.
/// <see cref="ClaimId"/> tells the claimant its own claim apart from one that took over after the lease ran out;
/// <see cref="Announced"/> records that the EmailSent event went out, so a redelivery publishes it only if it did not.
/// </summary>
public sealed record DeliveryRecord(
    DeliveryState State,
    string Template,
    string Recipient,
    string ClaimId,
    DateTimeOffset ClaimedAt,
    DateTimeOffset? SentAt,
    bool Announced);
