using Dapper;
using Ecommerce.Contracts.Events;
using Ecommerce.Ordering.Telemetry;
using Npgsql;

namespace Ecommerce.Ordering.Data;

/// <summary>
/// The status changes after placement, called only by the lifecycle workflow's activities. Each change is guarded
/// by the statuses it may leave and writes its timeline entry in the same statement, so an activity that runs
/// twice changes nothing the second time (and answers false), and only a change made is counted in the metrics.
/// </summary>
public sealed class OrderStatusStore(NpgsqlDataSource dataSource, OrderingMetrics metrics)
{
    public async Task<bool> ConfirmAsync(Guid orderId, IReadOnlyList<PricedLine> lines, decimal total, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var placedAt = await ChangeStatusAsync(new StatusChange(orderId, OrderStatus.Confirmed, [OrderStatus.Placed], at, total)
        {
            ProductIds = [.. lines.Select(line => line.ProductId)],
            Names = [.. lines.Select(line => line.Name)],
            UnitPrices = [.. lines.Select(line => line.UnitPrice)],
        }, cancellationToken);
        return Counted(OrderStatus.Confirmed, reason: null, placedAt, at);
    }

    public async Task<bool> CancelAsync(Guid orderId, string reason, string? detail, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var placedAt = await ChangeStatusAsync(
            new StatusChange(orderId, OrderStatus.Cancelled, [OrderStatus.Placed, OrderStatus.Confirmed], at, Reason: reason, Detail: detail),
            cancellationToken);
        return Counted(OrderStatus.Cancelled, reason, placedAt, at);
    }

    public async Task<bool> MarkShippedAsync(Guid orderId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var placedAt = await ChangeStatusAsync(new StatusChange(orderId, OrderStatus.Shipped, [OrderStatus.Confirmed], at), cancellationToken);
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
    /// <remarks>One statement: the status, its timeline entry and the lines' prices change together or not at all.</remarks>
    private async Task<DateTimeOffset?> ChangeStatusAsync(StatusChange change, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<DateTimeOffset?>(new CommandDefinition(
            """
            WITH changed AS (
                UPDATE orders
                SET status = @Status, updated_at = @At,
                    cancellation_reason = COALESCE(@Reason, cancellation_reason), total = COALESCE(@Total, total)
                WHERE id = @OrderId AND status = ANY(@From)
                RETURNING placed_at),
            entry AS (
                INSERT INTO order_timeline (order_id, status, occurred_at, reason, detail)
                SELECT @OrderId, @Status, @At, @Reason, @Detail FROM changed
                ON CONFLICT (order_id, status) DO NOTHING),
            priced AS (
                UPDATE order_lines SET product_name = line.name, unit_price = line.unit_price
                FROM changed, unnest(@ProductIds, @Names, @UnitPrices) AS line (product_id, name, unit_price)
                WHERE order_lines.order_id = @OrderId AND order_lines.product_id = line.product_id)
            SELECT placed_at FROM changed
            """, change, cancellationToken: cancellationToken));
    }

    /// <summary>A status change; the lines' names and prices only when a reservation priced them.</summary>
    private sealed record StatusChange(
        Guid OrderId, string Status, string[] From, DateTimeOffset At, decimal? Total = null, string? Reason = null, string? Detail = null)
    {
        public string[] ProductIds { get; init; } = [];

        public string[] Names { get; init; } = [];

        public decimal[] UnitPrices { get; init; } = [];
    }
}
