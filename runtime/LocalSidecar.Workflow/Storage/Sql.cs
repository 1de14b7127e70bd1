using Npgsql;

namespace Ecommerce.LocalSidecar.Workflow.Storage;

/// <summary>Positional-parameter commands for <see cref="NpgsqlBatch"/> (one round trip for a whole transaction step).</summary>
internal static class Sql
{
    public static NpgsqlBatchCommand Command(string text, params object?[] values)
    {
        var command = new NpgsqlBatchCommand(text);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        return command;
    }

    public static NpgsqlCommand Command(NpgsqlConnection connection, string text, params object?[] values)
    {
        var command = new NpgsqlCommand(text, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        return command;
    }
}
