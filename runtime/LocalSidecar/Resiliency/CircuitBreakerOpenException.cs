namespace Ecommerce.LocalSidecar.Resiliency;

/// <summary>A call refused because its component's circuit breaker is open (daprd's text).</summary>
public sealed class CircuitBreakerOpenException(string breaker) : Exception($"circuit breaker is open (circuit breaker '{breaker}')");
