using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Ecommerce.Ordering.Admission;

/// <summary>
/// Admission control at the door: an accepted order is a promise, so when the pipeline behind POST /orders is
/// saturated (a new order would wait for Inventory longer than <see cref="AdmissionOptions.MaxWaitingAge"/>, or too
/// many wait), new orders are refused before anything is stored rather than accepted and cancelled by
/// RESERVATION_TIMEOUT. The queue and the rate it drains at are read from Ordering's tables (so every replica sees
/// the same queue), at most once per <see cref="AdmissionOptions.RefreshInterval"/>.
/// </summary>
public sealed class AdmissionGate(
    NpgsqlDataSource dataSource, IOptions<AdmissionOptions> admission, IOptions<OrderingOptions> ordering, TimeProvider time)
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile Reading? _last;
    private int _placing;

    public TimeSpan MaxWaitingAge => admission.Value.MaxWaitingAge ?? ordering.Value.ReservationTimeout / 3;

    public int MaxPlacing => admission.Value.MaxPlacing;

    /// <summary>
    /// Counts one placement in progress in this process, or answers false (counting nothing) when
    /// <see cref="AdmissionOptions.MaxPlacing"/> already are: the queue in the database only shows orders once stored,
    /// so without this bound an overloaded process takes in more requests than it can store and start in time.
    /// </summary>
    public bool TryStartPlacing()
    {
        if (Interlocked.Increment(ref _placing) <= admission.Value.MaxPlacing)
        {
            return true;
        }

        Interlocked.Decrement(ref _placing);
        return false;
    }

    public void DonePlacing() => Interlocked.Decrement(ref _placing);

    /// <summary>Null when an order may be placed now; otherwise the queue that made the gate refuse it.</summary>
    public async Task<WaitingOrders?> RefuseAsync(CancellationToken cancellationToken)
    {
        var waiting = await ReadAsync(cancellationToken);
        return waiting.WaitLongerThan(MaxWaitingAge) || waiting.Count >= admission.Value.MaxWaiting ? waiting : null;
    }

    private async Task<WaitingOrders> ReadAsync(CancellationToken cancellationToken)
    {
        if (Fresh() is { } fresh)
        {
            return fresh;
        }

        // One request reads the queue again; the others meanwhile use the last reading rather than queue behind it.
        if (!await _refresh.WaitAsync(_last is null ? Timeout.InfiniteTimeSpan : TimeSpan.Zero, cancellationToken))
        {
            return _last!.Waiting;
        }

        try
        {
            if (Fresh() is { } read)
            {
                return read;
            }

            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            var window = admission.Value.RateWindow;
            var row = await connection.QuerySingleAsync<(long Count, DateTimeOffset? Oldest, long Answered)>(new CommandDefinition(
                """
                SELECT count(*) AS Count, min(placed_at) AS Oldest,
                       (SELECT count(*) FROM order_timeline
                        WHERE status IN ('Confirmed', 'Cancelled') AND occurred_at > now() - @seconds * interval '1 second') AS Answered
                FROM orders WHERE status = 'Placed'
                """,
                new { seconds = window.TotalSeconds }, cancellationToken: cancellationToken));
            var now = time.GetUtcNow();
            var waiting = new WaitingOrders(
                (int)row.Count, row.Oldest is { } oldest ? now - oldest : TimeSpan.Zero, row.Answered / window.TotalSeconds);
            _last = new Reading(waiting, now);
            return waiting;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private WaitingOrders? Fresh() =>
        _last is { } last && time.GetUtcNow() - last.ReadAt < admission.Value.RefreshInterval ? last.Waiting : null;

    private sealed record Reading(WaitingOrders Waiting, DateTimeOffset ReadAt);
}
