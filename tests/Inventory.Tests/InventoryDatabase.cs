using Npgsql;

namespace Ecommerce.Inventory.Tests;

/// <summary>Direct reads and setup on the service's database, to check what the HTTP API does not show.</summary>
public sealed class InventoryDatabase(string connectionString)
{
    public string ConnectionString => connectionString;

    public async Task AddProductAsync(string id, decimal price, int stock)
    {
        await ExecuteAsync("INSERT INTO products (id, name, price, stock_on_hand) VALUES ($1, $2, $3, $4)",
            id, "Test product " + id, price, stock);
    }

    public async Task<int> StockOnHandAsync(string productId) =>
        (int)(await ScalarAsync("SELECT stock_on_hand FROM products WHERE id = $1", productId))!;

    public async Task<string?> OutcomeOfAsync(Guid orderId) =>
        (string?)await ScalarAsync("SELECT status FROM reservation_outcomes WHERE order_id = $1", orderId);

    public async Task<long> ReservationRowsAsync(Guid orderId, string status) =>
        (long)(await ScalarAsync("SELECT count(*) FROM reservations WHERE order_id = $1 AND status = $2", orderId, status))!;

    public async Task<long> HeldUnitsAsync(string productId) =>
        (long)(await ScalarAsync(
            "SELECT COALESCE(sum(quantity), 0) FROM reservations WHERE product_id = $1 AND status = 'Reserved'", productId))!;

    /// <summary>Makes the database refuse connections, as a database that went away does.</summary>
    public async Task SetAcceptingConnectionsAsync(bool accepting)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(admin.ConnectionString);
        await connection.OpenAsync();
        await using (var alter = new NpgsqlCommand(
            $"ALTER DATABASE \"{builder.Database}\" ALLOW_CONNECTIONS {(accepting ? "true" : "false")}", connection))
        {
            await alter.ExecuteNonQueryAsync();
        }

        if (!accepting)
        {
            await using var terminate = new NpgsqlCommand(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", connection);
            terminate.Parameters.AddWithValue(builder.Database!);
            await terminate.ExecuteNonQueryAsync();
            NpgsqlConnection.ClearAllPools();
        }
    }

    private async Task ExecuteAsync(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.AddWithValue(parameter);
        }

        await command.ExecuteNonQueryAsync();
    }

    private async Task<object?> ScalarAsync(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.AddWithValue(parameter);
        }

        return await command.ExecuteScalarAsync();
    }
}
