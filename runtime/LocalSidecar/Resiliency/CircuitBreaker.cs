namespace Ecommerce.LocalSidecar.Resiliency;

/// <summary>One circuit breaker's state, shared by every call to its component (gobreaker's state machine).</summary>
public sealed class CircuitBreaker(CircuitBreakerPolicy policy, TimeProvider time)
{
    private readonly Lock _gate = new();
    private State _state = State.Closed;
    private int _consecutiveFailures;
    private int _halfOpenRequests;
    private DateTimeOffset _until;

    private enum State
    {
        Closed,
        Open,
        HalfOpen,
    }

    public string Name => policy.Name;

    /// <summary>Whether a call may go through now; counts it as a trial call while half-open.</summary>
    public bool TryEnter()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_state == State.Closed && policy.Interval > TimeSpan.Zero && now >= _until)
            {
                _consecutiveFailures = 0;
                _until = now + policy.Interval;
            }

            if (_state == State.Open && now >= _until)
            {
                _state = State.HalfOpen;
                _halfOpenRequests = 0;
            }

            return _state switch
            {
                State.Open => false,
                State.HalfOpen => ++_halfOpenRequests <= Math.Max(1, policy.MaxRequests),
                _ => true,
            };
        }
    }

    public void Record(bool success)
    {
        lock (_gate)
        {
            if (success)
            {
                _consecutiveFailures = 0;
                if (_state == State.HalfOpen && _halfOpenRequests >= Math.Max(1, policy.MaxRequests))
                {
                    _state = State.Closed;
                }

                return;
            }

            _consecutiveFailures++;
            if (_state == State.HalfOpen || _consecutiveFailures >= policy.TripAfterConsecutiveFailures)
            {
                _state = State.Open;
                _until = time.GetUtcNow() + policy.Timeout;
            }
        }
    }
}
