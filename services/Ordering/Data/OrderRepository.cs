using Dapper;
using Npgsql;

namespace Ecommerce.Ordering.Data;

/// <summary>Placement and the read side of orders. Status changes after placement live in <see cref="OrderStatusStore"/>.</summary>
public sealed class OrderRepository(NpgsqlDataSource dataSource)
{
    /// <summary>
    /// Stores a new order (status Placed, its lines, first timeline entry) unless its Idempotency-Key is taken, in
    /// which case the earlier order is returned. One statement decides and writes, so two concurrent requests with
    /// one key get one order, and a placement is one round trip and one commit.
    /// </summary>
    public async Task<Placement> PlaceAsync(NewOrder order, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var inserted = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            WITH placed AS (
                INSERT INTO orders (id, customer_email, shipping_address, status, idempotency_key, request_hash, placed_at, updated_at)
                VALUES (@Id, @CustomerEmail, @ShippingAddress, 'Placed', @IdempotencyKey, @RequestHash, @PlacedAt, @PlacedAt)
                ON CONFLICT (idempotency_key) DO NOTHING
                RETURNING id, placed_at),
            lines AS (
                INSERT INTO order_lines (order_id, line_number, product_id, quantity)
                SELECT placed.id, line.number, line.product_id, line.quantity
                FROM placed, unnest(@ProductIds, @Quantities) WITH ORDINALITY AS line (product_id, quantity, number)),
            entry AS (
                INSERT INTO order_timeline (order_id, status, occurred_at)
                SELECT id, 'Placed', placed_at FROM placed)
            SELECT count(*) FROM placed
            """,
            new
            {
                order.Id, order.CustomerEmail, order.ShippingAddress, order.IdempotencyKey, order.RequestHash, order.PlacedAt,
                ProductIds = order.Lines.Select(line => line.ProductId).ToArray(),
                Quantities = order.Lines.Select(line => line.Quantity).ToArray(),
            },
            cancellationToken: cancellationToken));
        if (inserted == 1)
        {
            return new Placement(order.Id, Created: true, order.RequestHash, OrderStatus.Placed);
        }

        return await connection.QuerySingleAsync<Placement>(new CommandDefinition(
            "SELECT id AS OrderId, false AS Created, request_hash AS RequestHash, status AS Status FROM orders WHERE idempotency_key = @IdempotencyKey",
            order, cancellationToken: cancellationToken));
    }

    /// <summary>Removes an order whose workflow could not be started, so a failed placement leaves nothing behind.</summary>
    public async Task DeleteUnstartedAsync(Guid orderId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM orders WHERE id = @orderId AND status = 'Placed'", new { orderId }, cancellationToken: cancellationToken));
    }

    /// <summary>The oldest orders still Placed that were placed before <paramref name="before"/>.</summary>
    public async Task<IReadOnlyList<Guid>> ListPlacedBeforeAsync(DateTimeOffset before, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var ids = await connection.QueryAsync<Guid>(new CommandDefinition(
            "SELECT id FROM orders WHERE status = 'Placed' AND placed_at < @before ORDER BY placed_at LIMIT @limit",
            new { before, limit }, cancellationToken: cancellationToken));
        return ids.AsList();
    }

    public async Task<string?> FindStatusAsync(Guid orderId, CancellationToken cancellationToken) =>
        (await FindStandingAsync(orderId, cancellationToken))?.Status;

    /// <summary>Where an order stands, without its lines and timeline: what an event handler decides on.</summary>
    public async Task<OrderStanding?> FindStandingAsync(Guid orderId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<OrderStanding>(new CommandDefinition(
            "SELECT status AS Status, cancellation_reason AS CancellationReason FROM orders WHERE id = @orderId",
            new { orderId }, cancellationToken: cancellationToken));
    }

    public async Task<OrderDetails?> FindAsync(Guid orderId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            """
            SELECT id AS Id, status AS Status, customer_email AS CustomerEmail, shipping_address AS ShippingAddress,
                   total AS Total, cancellation_reason AS CancellationReason, placed_at AS PlacedAt, updated_at AS UpdatedAt
            FROM orders WHERE id = @orderId;
            SELECT product_id AS ProductId, quantity AS Quantity, product_name AS ProductName, unit_price AS UnitPrice
            FROM order_lines WHERE order_id = @orderId ORDER BY line_number;
            SELECT status AS Status, occurred_at AS OccurredAt, reason AS Reason, detail AS Detail
            FROM order_timeline WHERE order_id = @orderId ORDER BY occurred_at, status;
            """, new { orderId }, cancellationToken: cancellationToken));
        var order = await results.ReadSingleOrDefaultAsync<OrderRow>();
        if (order is null)
        {
            return null;
        }

        var lines = (await results.ReadAsync<OrderLineDetails>()).AsList();
        var timeline = (await results.ReadAsync<TimelineEntry>()).AsList();
        return new OrderDetails(order.Id, order.Status, order.CustomerEmail, order.ShippingAddress, lines,
            order.Total, order.CancellationReason, order.PlacedAt, order.UpdatedAt, timeline);
    }

    /// <summary>One page of the orders matching the filter, newest first, and how many match in all.</summary>
    public async Task<(IReadOnlyList<OrderSummary> Orders, long Total)> ListAsync(
        OrderFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        // Only the conditions in use are written, so the planner sees the query each index serves (0003_orders_listing).
        List<string> conditions = [];
        if (filter.CustomerEmail is not null)
        {
            conditions.Add("lower(customer_email) = lower(@CustomerEmail)");
        }

        if (filter.Status is not null)
        {
            conditions.Add("status = @Status");
        }

        var where = conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", conditions);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        using var results = await connection.QueryMultipleAsync(new CommandDefinition(
            $"""
            SELECT count(*) FROM orders {where};
            SELECT id AS Id, status AS Status, total AS Total, placed_at AS PlacedAt, updated_at AS UpdatedAt, customer_email AS CustomerEmail
            FROM orders {where}
            ORDER BY placed_at DESC, id DESC LIMIT @Limit OFFSET @Offset;
            """,
            new { filter.CustomerEmail, filter.Status, Limit = pageSize, Offset = (page - 1L) * pageSize },
            cancellationToken: cancellationToken));
        var total = await results.ReadSingleAsync<long>();
        var orders = (await results.ReadAsync<OrderSummary>()).AsList();
        return (orders, total);
    }

    private sealed record OrderRow(
        Guid Id, string Status, string CustomerEmail, string ShippingAddress, decimal? Total,
        string? CancellationReason, DateTimeOffset PlacedAt, DateTimeOffset UpdatedAt);
}
