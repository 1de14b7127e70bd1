namespace Ecommerce.LocalSidecar.Resiliency;

/// <summary>A Dapr resiliency circuit breaker (gobreaker's settings): it opens when <c>trip</c>
/// (<c>consecutiveFailures &gt;= N</c>) holds, fails calls fast for <c>timeout</c>, then lets <c>maxRequests</c>
/// trial calls through (half-open); <c>interval</c> clears the counts while closed (0: never).</summary>
public sealed record CircuitBreakerPolicy(string Name, int MaxRequests, TimeSpan Interval, TimeSpan Timeout, int TripAfterConsecutiveFailures);
