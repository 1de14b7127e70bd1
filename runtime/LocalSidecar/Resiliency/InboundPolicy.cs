namespace Ecommerce.LocalSidecar.Resiliency;

/// <summary>How deliveries from one pub/sub component to the app are timed out and retried.</summary>
public sealed record InboundPolicy(TimeSpan? Timeout, RetryPolicy Retry)
{
    public static InboundPolicy Default { get; } = new(null, RetryPolicy.Default);
}
