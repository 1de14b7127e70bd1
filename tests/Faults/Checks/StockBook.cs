using Npgsql;

namespace Ecommerce.Faults.Checks;

/// <summary>Inventory's own count of a product: stock on hand, and the units its reservations still hold.</summary>
public static class StockBook
{
    public static async Task<StockCount> ReadAsync(string inventoryConnection, string productId, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(inventoryConnection);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            """
            SELECT p.stock_on_hand,
                   COALESCE((SELECT sum(r.quantity) FROM reservations r
                             WHERE r.product_id = p.id AND r.status IN ('Reserved', 'Committed')), 0)::int
            FROM products p WHERE p.id = $1
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = productId });
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            throw new InvalidOperationException($"Product {productId} is not in Inventory's database.");
        }

        return new StockCount(reader.GetInt32(0), reader.GetInt32(1));
    }
}
