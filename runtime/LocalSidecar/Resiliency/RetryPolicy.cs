namespace Ecommerce.LocalSidecar.Resiliency;

/// <summary>A Dapr resiliency retry policy: <c>constant</c> (every <c>duration</c>) or <c>exponential</c>
/// (500 ms × 1.5ⁿ with ±50 % jitter, capped at <c>maxInterval</c>, as daprd's backoff). A negative
/// <c>maxRetries</c> retries forever.</summary>
public sealed record RetryPolicy(bool Exponential, TimeSpan Duration, TimeSpan MaxInterval, int MaxRetries)
{
    /// <summary>daprd's Kafka component retries a failed delivery every 5 s, forever, when no policy targets it.</summary>
    public static RetryPolicy Default { get; } = new(false, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(60), -1);

    private static readonly TimeSpan InitialInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>The wait before retry number <paramref name="retry"/> (1-based), or null when retries are used up.</summary>
    public TimeSpan? DelayBefore(int retry)
    {
        if (MaxRetries >= 0 && retry > MaxRetries)
        {
            return null;
        }

        if (!Exponential)
        {
            return Duration;
        }

        var interval = InitialInterval.TotalMilliseconds * Math.Pow(1.5, Math.Min(retry - 1, 60));
        var jittered = interval * (0.5 + Random.Shared.NextDouble());
        return TimeSpan.FromMilliseconds(Math.Min(jittered, MaxInterval.TotalMilliseconds));
    }
}
