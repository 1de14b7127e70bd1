using Dapper;
using Ecommerce.Contracts.Events;
using Ecommerce.Ordering.Telemetry;
using Npgsql;

namespace Ecommerce.Ordering.Data;

/// <summary>
/// The status changes after placement, called only by the lifecycle workflow's activities. Each change is guarded
/// by the statuses it may leave and writes its timeline entry in the same transaction, so an activity that runs
/// twice changes nothing the second time (and answers false), and only a change made is counted in the metrics.
/// </summary>
public sealed class OrderStatusStore(NpgsqlDataSource dataSource, OrderingMetrics metrics)
{
    public async Task<bool> ConfirmAsync(Guid orderId, IReadOnlyList<PricedLine> lines, decimal total, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var placedAt = await ChangeStatusAsync(connection, transaction, orderId, OrderStatus.Confirmed, [OrderStatus.Placed],
            at, reason: null, detail: null, total, cancellationToken);
        if (placedAt is not null)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE order_lines SET product_name = @Name, unit_price = @UnitPrice
                WHERE order_id = @OrderId AND product_id = @ProductId
                """,
                lines.Select(line => new { OrderId = orderId, line.ProductId, line.Name, line.UnitPrice }),
                transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
        return Counted(OrderStatus.Confirmed, reason: null, placedAt, at);
    }

    public async Task<bool> CancelAsync(Guid orderId, string reason, string? detail, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var placedAt = await ChangeStatusAsync(connection, transaction, orderId, OrderStatus.Cancelled,
            [OrderStatus.Placed, OrderStatus.Confirmed], at, reason, detail, total: null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Counted(OrderStatus.Cancelled, reason, placedAt, at);
    }

    public async Task<bool> MarkShippedAsync(Guid orderId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var placedAt = await ChangeStatusAsync(connection, transaction, orderId, OrderStatus.Shipped, [OrderStatus.Confirmed],
            at, reason: null, detail: null, total: null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Counted(OrderStatus.Shipped, reason: null, placedAt, at);
    }

    private bool Counted(string status, string? reason, DateTimeOffset? placedAt, DateTimeOffset at)
    {
        if (placedAt is not { } placed)
        {
            return false;
        }

        metrics.Changed(status, reason, placed, at);
        return true;
    }

    /// <returns>When the order was placed, if its status changed; null if it was not in a status it may leave.</returns>
    private static async Task<DateTimeOffset?> ChangeStatusAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid orderId, string status, string[] from,
        DateTimeOffset at, string? reason, string? detail, decimal? total, CancellationToken cancellationToken)
    {
        var placedAt = await connection.QuerySingleOrDefaultAsync<DateTimeOffset?>(new CommandDefinition(
            """
            UPDATE orders
            SET status = @status, updated_at = @at,
                cancellation_reason = COALESCE(@reason, cancellation_reason), total = COALESCE(@total, total)
            WHERE id = @orderId AND status = ANY(@from)
            RETURNING placed_at
            """, new { orderId, status, from, at, reason, total }, transaction, cancellationToken: cancellationToken));
        if (placedAt is null)
        {
            return null;
        }

        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO order_timeline (order_id, status, occurred_at, reason, detail)
            VALUES (@orderId, @status, @at, @reason, @detail)
            ON CONFLICT (order_id, status) DO NOTHING
            """, new { orderId, status, at, reason, detail }, transaction, cancellationToken: cancellationToken));
        return placedAt;
    }
}
