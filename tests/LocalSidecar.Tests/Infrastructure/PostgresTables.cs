using Npgsql;

namespace Ecommerce.LocalSidecar.Tests.Infrastructure;

/// <summary>Reads a table's layout as information_schema gives it, to compare with daprd's.</summary>
internal static class PostgresTables
{
    /// <summary>"column type" for each column, in order.</summary>
    public static async Task<List<string>> ColumnsAsync(NpgsqlConnection connection, string table)
    {
        await using var command = new NpgsqlCommand(
            "SELECT column_name || ' ' || data_type FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position", connection);
        command.Parameters.AddWithValue(table);
        var columns = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }
}
