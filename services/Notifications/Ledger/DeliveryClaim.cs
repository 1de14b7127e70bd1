namespace Ecommerce.Notifications.Ledger;

/// <summary>The result of a claim: the outcome and the ledger entry as it stands.</summary>
public sealed record DeliveryClaim(ClaimOutcome Outcome, string Key, DeliveryRecord Record);
