namespace Ecommerce.LocalSidecar.Resiliency;

/// <summary>
/// Runs calls to one component under its outbound policy, as daprd's policy runner does: each attempt under the
/// timeout and through the circuit breaker, attempts retried per the retry policy. A permanent failure (an ETag
/// error, the breaker being open) is not retried.
/// </summary>
public sealed class OutboundRunner(string component, OutboundPolicy policy, TimeProvider time, Microsoft.Extensions.Logging.ILogger logger)
{
    private readonly CircuitBreaker? _breaker = policy.CircuitBreaker is { } settings ? new CircuitBreaker(settings, time) : null;

    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> operation, Func<Exception, bool> isPermanent, CancellationToken cancellationToken)
    {
        for (var retry = 1; ; retry++)
        {
            try
            {
                return await AttemptAsync(operation, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                if (e is CircuitBreakerOpenException || isPermanent(e) || policy.Retry?.DelayBefore(retry) is not { } delay)
                {
                    throw;
                }

                ResiliencyLog.RetryingOutbound(logger, component, delay, e.Message);
                await Task.Delay(delay, time, cancellationToken);
            }
        }
    }

    private async Task<T> AttemptAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        if (_breaker is not null && !_breaker.TryEnter())
        {
            throw new CircuitBreakerOpenException(_breaker.Name);
        }

        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (policy.Timeout is { } timeout)
        {
            attempt.CancelAfter(timeout);
        }

        try
        {
            var result = await operation(attempt.Token);
            _breaker?.Record(true);
            return result;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            _breaker?.Record(false);
            throw new TimeoutException($"timeout after {policy.Timeout}");
        }
        catch
        {
            _breaker?.Record(false);
            throw;
        }
    }
}
