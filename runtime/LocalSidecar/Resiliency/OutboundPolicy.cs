namespace Ecommerce.LocalSidecar.Resiliency;

/// <summary>How calls from the sidecar to one component (state, publish) are timed out, retried and broken.</summary>
public sealed record OutboundPolicy(TimeSpan? Timeout, RetryPolicy? Retry, CircuitBreakerPolicy? CircuitBreaker)
{
    /// <summary>daprd applies nothing to component calls no policy targets.</summary>
    public static OutboundPolicy None { get; } = new(null, null, null);
}
