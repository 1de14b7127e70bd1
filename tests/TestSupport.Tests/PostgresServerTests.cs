using Npgsql;
using Xunit;

namespace Ecommerce.TestSupport.Tests;

public sealed class PostgresServerTests
{
    [Fact]
    public async Task A_started_server_keeps_its_data_across_a_restart_and_leaves_nothing_behind()
    {
        string dataDir;
        int port;
        await using (var server = await PostgresServer.StartAsync())
        {
            port = server.Port;
            dataDir = server.DataDir;
            var connectionString = await server.CreateDatabaseAsync("shop");
            await ExecuteAsync(connectionString, "CREATE TABLE t(v int); INSERT INTO t VALUES (42)");

            await server.StopAsync();
            await server.StartAgainAsync();

            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var select = new NpgsqlCommand("SELECT v FROM t", connection);
            Assert.Equal(42, await select.ExecuteScalarAsync());
        }

        await using var afterwards = new NpgsqlConnection($"Host=127.0.0.1;Port={port};Username=postgres;Timeout=2");
        await Assert.ThrowsAnyAsync<Exception>(() => afterwards.OpenAsync());
        Assert.False(Directory.Exists(dataDir));
    }

    [Fact]
    public async Task Creating_a_database_twice_returns_the_same_connection_string()
    {
        await using var server = await PostgresServer.StartAsync();
        var first = await server.CreateDatabaseAsync("orders");
        var second = await server.CreateDatabaseAsync("orders");
        Assert.Equal(first, second);
        await ExecuteAsync(second, "SELECT 1");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
