using System.Text;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace Ecommerce.LocalSidecar.State;

/// <summary>
/// <c>state.postgresql</c> v1, with the queries, migrations and table layout of components-contrib's v1 store, so
/// daprd v1 reads what this writes and the other way round: table <c>tableName</c> (key text PK, value jsonb,
/// isbinary, insertdate, updatedate, expiredate, row_id identity), the ETag is the row's <c>xmin</c>, bytes are kept
/// as a JSON string of their base64 with isbinary true, and the migration level lives in <c>metadataTableName</c>.
/// </summary>
public sealed class PostgresV1StateStore(string name, PostgresStateStoreOptions options) : PostgresStateStoreBase(name, options)
{
    public override Task InitializeAsync(CancellationToken cancellationToken) =>
        PostgresV1Migrations.PerformAsync(DataSource, Table, Options.MetadataTableName, cancellationToken);

    protected override string SelectSql =>
        $"SELECT key, value::text, isbinary, xmin::text::bigint FROM {Table} WHERE key = ANY($1) AND (expiredate IS NULL OR expiredate >= CURRENT_TIMESTAMP)";

    protected override StateEntry ReadEntry(NpgsqlDataReader reader)
    {
        var json = reader.GetString(1);
        var value = reader.GetBoolean(2)
            ? Convert.FromBase64String(JsonSerializer.Deserialize<string>(json) ?? "")
            : Encoding.UTF8.GetBytes(json);
        return new StateEntry(reader.GetString(0), value, reader.GetInt64(3).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    protected override NpgsqlCommand SetCommand(StateOperation operation)
    {
        var expireDate = operation.TtlSeconds is > 0 ? $"CURRENT_TIMESTAMP + interval '{operation.TtlSeconds.Value} seconds'" : "NULL";
        var command = new NpgsqlCommand();
        command.Parameters.Add(new NpgsqlParameter { Value = operation.Key });
        command.Parameters.Add(new NpgsqlParameter { Value = Json(operation), NpgsqlDbType = NpgsqlDbType.Jsonb });
        command.Parameters.Add(new NpgsqlParameter { Value = !operation.IsJson });
        if (operation.HasETag)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = ParseETag(operation.ETag!), NpgsqlDbType = NpgsqlDbType.Xid });
            command.CommandText = $"""
                UPDATE {Table} SET value = $2, isbinary = $3, updatedate = CURRENT_TIMESTAMP, expiredate = {expireDate}
                WHERE key = $1 AND xmin = $4 AND (expiredate IS NULL OR expiredate > CURRENT_TIMESTAMP)
                """;
            return command;
        }

        // First-write still upserts over an expired row, as daprd's store does.
        var onlyExpired = operation.FirstWrite ? " WHERE (t.expiredate IS NOT NULL AND t.expiredate < CURRENT_TIMESTAMP)" : "";
        command.CommandText = $"""
            INSERT INTO {Table} AS t (key, value, isbinary, expiredate) VALUES ($1, $2, $3, {expireDate})
            ON CONFLICT (key) DO UPDATE SET value = excluded.value, isbinary = excluded.isbinary,
              updatedate = CURRENT_TIMESTAMP, expiredate = {expireDate}{onlyExpired}
            """;
        return command;
    }

    protected override NpgsqlCommand DeleteCommand(StateOperation operation)
    {
        var command = new NpgsqlCommand($"DELETE FROM {Table} WHERE key = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = operation.Key });
        if (operation.HasETag)
        {
            command.CommandText += " AND $2 = xmin";
            command.Parameters.Add(new NpgsqlParameter { Value = ParseETag(operation.ETag!), NpgsqlDbType = NpgsqlDbType.Xid });
        }

        return command;
    }

    // daprd stores bytes as the JSON string of their base64 (isbinary), and a JSON document as itself.
    private static string Json(StateOperation operation) =>
        operation.IsJson ? Encoding.UTF8.GetString(operation.Value!) : JsonSerializer.Serialize(Convert.ToBase64String(operation.Value!));

    // v1's ETag is the row's xmin, a 32-bit number; anything else is an invalid ETag (not a mismatch) in daprd.
    private static uint ParseETag(string etag) =>
        uint.TryParse(etag, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var xmin) ? xmin : throw StateException.Invalid(etag);
}
