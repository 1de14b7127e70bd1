namespace Ecommerce.LocalSidecar.Subscriptions;

/// <summary>What the app's answer to one delivery means under daprd's contract.</summary>
public enum DeliveryOutcome
{
    Success,
    Retry,
    Drop,

    /// <summary>The app could not be reached (connection refused, reset): it is down, so the attempt does not count.</summary>
    Unreachable,
}
