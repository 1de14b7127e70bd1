using Dapper;
using Ecommerce.Contracts.Events;
using Npgsql;

namespace Ecommerce.Inventory.Data;

/// <summary>The SQL of one order's reservation transaction; <see cref="ReservationStore"/> decides what to run.</summary>
internal sealed class OrderTransaction(
    NpgsqlConnection connection, NpgsqlTransaction transaction, Guid orderId, CancellationToken cancellationToken)
{
    public Guid OrderId => orderId;

    public CancellationToken CancellationToken => cancellationToken;

    /// <summary>Serializes every transaction of this order (until commit) and reads what was decided so far.</summary>
    public async Task<StoredOutcome?> LockOrderAsync()
    {
        await connection.ExecuteAsync(Command(
            "SELECT pg_advisory_xact_lock(hashtextextended(@key, 0))", new { key = "inventory-order:" + orderId }));
        return await connection.QuerySingleOrDefaultAsync<StoredOutcome>(Command(
            "SELECT status, reason, detail, decided_at AS decidedat FROM reservation_outcomes WHERE order_id = @orderId",
            new { orderId }));
    }

    public async Task<IReadOnlyList<PricedLine>> ReservedLinesAsync() =>
        (await connection.QueryAsync<PricedLine>(Command(
            """
            SELECT product_id AS productid, product_name AS name, quantity, unit_price AS unitprice
            FROM reservations WHERE order_id = @orderId ORDER BY product_id
            """, new { orderId }))).AsList();

    public async Task<Dictionary<string, CatalogEntry>> CatalogAsync(string[] productIds) =>
        (await connection.QueryAsync<CatalogEntry>(Command(
            "SELECT id, name, price FROM products WHERE id = ANY(@productIds)", new { productIds })))
        .ToDictionary(entry => entry.Id, StringComparer.Ordinal);

    /// <summary>The conditional update that makes overselling impossible: it only takes what is there.</summary>
    public async Task<bool> TakeStockAsync(string productId, long quantity) =>
        await connection.ExecuteAsync(Command(
            """
            UPDATE products SET stock_on_hand = stock_on_hand - @quantity, updated_at = now()
            WHERE id = @productId AND stock_on_hand >= @quantity
            """, new { productId, quantity })) == 1;

    public Task ReturnStockAsync(string productId, int quantity) =>
        connection.ExecuteAsync(Command(
            "UPDATE products SET stock_on_hand = stock_on_hand + @quantity, updated_at = now() WHERE id = @productId",
            new { productId, quantity }));

    public Task<int> StockOnHandAsync(string productId) =>
        connection.ExecuteScalarAsync<int>(Command(
            "SELECT stock_on_hand FROM products WHERE id = @productId", new { productId }));

    /// <summary>Records the first answer for the order and returns when it was decided.</summary>
    public async Task<DateTimeOffset> RecordOutcomeAsync(string status, string? reason, string? detail)
    {
        return await connection.ExecuteScalarAsync<DateTimeOffset>(Command(
            """
            INSERT INTO reservation_outcomes (order_id, status, reason, detail)
            VALUES (@orderId, @status, @reason, @detail)
            RETURNING decided_at
            """, new { orderId, status, reason, detail }));
    }

    public Task InsertReservationsAsync(IEnumerable<PricedLine> lines) =>
        connection.ExecuteAsync(Command(
            """
            INSERT INTO reservations (order_id, product_id, product_name, unit_price, quantity, status)
            VALUES (@OrderId, @ProductId, @Name, @UnitPrice, @Quantity, 'Reserved')
            """,
            lines.Select(line => new { OrderId = orderId, line.ProductId, line.Name, line.UnitPrice, line.Quantity })));

    /// <summary>Moves the order and its held lines to <paramref name="status"/>; returns the lines that were held.</summary>
    public async Task<IReadOnlyList<(string ProductId, int Quantity)>> MoveHeldLinesAsync(string status, string? reason)
    {
        var held = await connection.QueryAsync<(string ProductId, int Quantity)>(Command(
            """
            UPDATE reservations SET status = @status, updated_at = now()
            WHERE order_id = @orderId AND status = 'Reserved'
            RETURNING product_id, quantity
            """, new { orderId, status }));
        await connection.ExecuteAsync(Command(
            """
            UPDATE reservation_outcomes SET status = @status, reason = COALESCE(@reason, reason), updated_at = now()
            WHERE order_id = @orderId
            """, new { orderId, status, reason }));
        return held.AsList();
    }

    private CommandDefinition Command(string sql, object? parameters = null) =>
        new(sql, parameters, transaction, cancellationToken: cancellationToken);
}
