using Dapper;
using Ecommerce.Contracts.Events;
using Npgsql;

namespace Ecommerce.Ordering.Data;

/// <summary>
/// The status changes after placement, called only by the lifecycle workflow's activities. Each change is guarded
/// by the statuses it may leave and writes its timeline entry in the same transaction, so an activity that runs
/// twice changes nothing the second time (and answers false).
/// </summary>
public sealed class OrderStatusStore(NpgsqlDataSource dataSource)
{
    public async Task<bool> ConfirmAsync(Guid orderId, IReadOnlyList<PricedLine> lines, decimal total, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var changed = await ChangeStatusAsync(connection, transaction, orderId, OrderStatus.Confirmed, [OrderStatus.Placed],
            at, reason: null, detail: null, total, cancellationToken);
        if (changed)
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
        return changed;
    }

    public async Task<bool> CancelAsync(Guid orderId, string reason, string? detail, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var changed = await ChangeStatusAsync(connection, transaction, orderId, OrderStatus.Cancelled,
            [OrderStatus.Placed, OrderStatus.Confirmed], at, reason, detail, total: null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return changed;
    }

    public async Task<bool> MarkShippedAsync(Guid orderId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var changed = await ChangeStatusAsync(connection, transaction, orderId, OrderStatus.Shipped, [OrderStatus.Confirmed],
            at, reason: null, detail: null, total: null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return changed;
    }

    private static async Task<bool> ChangeStatusAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid orderId, string status, string[] from,
        DateTimeOffset at, string? reason, string? detail, decimal? total, CancellationToken cancellationToken)
    {
        var updated = await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE orders
            SET status = @status, updated_at = @at,
                cancellation_reason = COALESCE(@reason, cancellation_reason), total = COALESCE(@total, total)
            WHERE id = @orderId AND status = ANY(@from)
            """, new { orderId, status, from, at, reason, total }, transaction, cancellationToken: cancellationToken));
        if (updated == 0)
        {
            return false;
        }

        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO order_timeline (order_id, status, occurred_at, reason, detail)
            VALUES (@orderId, @status, @at, @reason, @detail)
            ON CONFLICT (order_id, status) DO NOTHING
            """, new { orderId, status, at, reason, detail }, transaction, cancellationToken: cancellationToken));
        return true;
    }
}
