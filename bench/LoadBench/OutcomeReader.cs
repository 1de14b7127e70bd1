using Npgsql;

namespace Ecommerce.LoadBench;

/// <summary>
/// Learns each order's outcome from Ordering's own tables once the step is over, so watching costs the system
/// nothing while it is measured: one cheap count every two seconds until no order is Placed, then one read.
/// Place→confirmed is the Confirmed timeline entry (the workflow's clock) minus placed_at (the API's clock).
/// </summary>
public sealed class OutcomeReader(BenchOptions options)
{
    public async Task<IReadOnlyList<OrderOutcome>> WaitForOutcomesAsync(IReadOnlyCollection<Guid> orderIds, CancellationToken ct)
    {
        await using var source = NpgsqlDataSource.Create(options.ConnectionString("ordering"));
        var ids = orderIds.ToArray();
        var deadline = DateTime.UtcNow.AddSeconds(options.SettleSeconds);
        while (DateTime.UtcNow < deadline && await CountPlacedAsync(source, ids, ct) > 0)
        {
            await Task.Delay(TimeSpan.FromSeconds(2), ct);
        }

        await using var command = source.CreateCommand(
            """
            SELECT o.id, o.status, o.cancellation_reason,
                   EXTRACT(EPOCH FROM (t.occurred_at - o.placed_at)) AS confirm_seconds
            FROM orders o
            LEFT JOIN order_timeline t ON t.order_id = o.id AND t.status = 'Confirmed'
            WHERE o.id = ANY($1)
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = ids });
        var outcomes = new List<OrderOutcome>(ids.Length);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            outcomes.Add(new OrderOutcome(
                reader.GetGuid(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : TimeSpan.FromSeconds((double)reader.GetDecimal(3))));
        }

        return outcomes;
    }

    private static async Task<long> CountPlacedAsync(NpgsqlDataSource source, Guid[] ids, CancellationToken ct)
    {
        await using var command = source.CreateCommand("SELECT count(*) FROM orders WHERE id = ANY($1) AND status = 'Placed'");
        command.Parameters.Add(new NpgsqlParameter { Value = ids });
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }
}

/// <summary>Where an order ended: its status, the cancellation reason, and place→confirmed when it was confirmed.</summary>
public sealed record OrderOutcome(Guid OrderId, string Status, string? CancellationReason, TimeSpan? PlaceToConfirmed);
