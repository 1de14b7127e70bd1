using Npgsql;

namespace Ecommerce.Faults.Checks;

/// <summary>
/// The suite's own reads tried again when the machine is too loaded to answer in time (a 5 s connect timeout to
/// PostgreSQL, a refused connection while a service restarts): a read the harness could not make is not a finding.
/// </summary>
public static class Transient
{
    private const int Attempts = 5;

    public static async Task<T> RetryAsync<T>(Func<CancellationToken, Task<T>> read, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await read(ct);
            }
            catch (Exception exception) when (attempt < Attempts && !ct.IsCancellationRequested
                && exception is NpgsqlException or HttpRequestException or TimeoutException)
            {
                await Task.Delay(TimeSpan.FromSeconds(attempt), ct);
            }
        }
    }
}
