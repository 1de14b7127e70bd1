using Npgsql;

namespace Ecommerce.LoadBench;

/// <summary>The benchmark product's stock in Inventory's database: topped up before a step, read after it.</summary>
public sealed class StockLedger(BenchOptions options)
{
    public async Task<int> TopUpAsync(int units, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(options.ConnectionString("inventory"));
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            "UPDATE products SET stock_on_hand = stock_on_hand + $1 WHERE id = $2 RETURNING stock_on_hand", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = units });
        command.Parameters.Add(new NpgsqlParameter { Value = options.Product });
        return (int)(await command.ExecuteScalarAsync(ct)
            ?? throw new InvalidOperationException($"Product {options.Product} is not in the catalog."));
    }

    public Task<int> OnHandAsync(CancellationToken ct) => TopUpAsync(0, ct);
}
