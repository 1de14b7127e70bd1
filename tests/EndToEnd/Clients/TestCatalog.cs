using Npgsql;

namespace Ecommerce.EndToEnd.Clients;

/// <summary>
/// Products of the test's own, so no test depends on another's stock. Inventory has no API to create a product (its
/// catalog is seeded by migration), so they are added to its database the way the seed migration adds them.
/// </summary>
public sealed class TestCatalog(string inventoryConnectionString)
{
    public async Task<string> CreateProductAsync(int stockOnHand, decimal price = 12.50m, CancellationToken ct = default)
    {
        var id = $"e2e-{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(inventoryConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            "INSERT INTO products (id, name, price, stock_on_hand) VALUES (@id, @name, @price, @stock)", connection);
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("name", $"Test product {id[^6..]}");
        command.Parameters.AddWithValue("price", price);
        command.Parameters.AddWithValue("stock", stockOnHand);
        await command.ExecuteNonQueryAsync(ct);
        return id;
    }

    /// <summary>Inventory's recorded answer for an order (Reserved, Rejected, Released, Committed), or null before any.</summary>
    public async Task<string?> ReservationStatusAsync(Guid orderId, CancellationToken ct = default)
    {
        await using var connection = new NpgsqlConnection(inventoryConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SELECT status FROM reservation_outcomes WHERE order_id = @id", connection);
        command.Parameters.AddWithValue("id", orderId);
        return await command.ExecuteScalarAsync(ct) as string;
    }
}
