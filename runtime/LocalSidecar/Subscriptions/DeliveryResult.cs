namespace Ecommerce.LocalSidecar.Subscriptions;

/// <summary>The outcome of one delivery attempt and, when it did not succeed, why.</summary>
public sealed record DeliveryResult(DeliveryOutcome Outcome, string Reason)
{
    public static DeliveryResult Success { get; } = new(DeliveryOutcome.Success, "");
}
