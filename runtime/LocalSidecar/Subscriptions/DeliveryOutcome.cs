namespace Ecommerce.LocalSidecar.Subscriptions;

/// <summary>What the app's answer to one delivery means under daprd's contract.</summary>
public enum DeliveryOutcome
{
    Success,
    Retry,
    Drop,
}
