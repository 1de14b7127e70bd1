using Npgsql;

namespace Ecommerce.LocalSidecar.State;

/// <summary>
/// <c>state.postgresql</c> v2, with the queries and table layout of components-contrib's v2 store: one table
/// <c>{tablePrefix}state</c> (key text PK, value bytea, etag uuid, created_at, updated_at, expires_at).
/// </summary>
public sealed class PostgresStateStore(string name, PostgresStateStoreOptions options) : PostgresStateStoreBase(name, options)
{
    public override Task InitializeAsync(CancellationToken cancellationToken) => CreateAsync(
        $"""
        CREATE TABLE IF NOT EXISTS {Table} (
          key text NOT NULL PRIMARY KEY,
          value bytea NOT NULL,
          etag uuid NOT NULL DEFAULT gen_random_uuid(),
          created_at timestamp with time zone NOT NULL DEFAULT now(),
          updated_at timestamp with time zone,
          expires_at timestamp with time zone
        );
        CREATE INDEX IF NOT EXISTS {Table.Replace('.', '_')}_expires_at_idx ON {Table} (expires_at);
        """,
        cancellationToken);

    protected override string SelectSql => $"SELECT key, value, etag FROM {Table} WHERE key = ANY($1) AND (expires_at IS NULL OR expires_at >= now())";

    protected override StateEntry ReadEntry(NpgsqlDataReader reader) =>
        new(reader.GetString(0), reader.GetFieldValue<byte[]>(1), reader.GetGuid(2).ToString());

    protected override NpgsqlCommand SetCommand(StateOperation operation)
    {
        var expiresAt = operation.TtlSeconds is > 0 ? $"now() + interval '{operation.TtlSeconds.Value} seconds'" : "NULL";
        var command = new NpgsqlCommand();
        command.Parameters.Add(new NpgsqlParameter { Value = operation.Key });
        command.Parameters.Add(new NpgsqlParameter { Value = operation.Value! });
        if (operation.HasETag)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = ParseETag(operation.ETag!) });
            command.CommandText = $"""
                UPDATE {Table} SET value = $2, updated_at = now(), etag = gen_random_uuid(), expires_at = {expiresAt}
                WHERE key = $1 AND etag = $3 AND (expires_at IS NULL OR expires_at >= now())
                """;
            return command;
        }

        // First-write still upserts over an expired row, as daprd's store does.
        var onlyExpired = operation.FirstWrite ? " WHERE (t.expires_at IS NOT NULL AND t.expires_at < now())" : "";
        command.CommandText = $"""
            INSERT INTO {Table} AS t (key, value, etag, expires_at) VALUES ($1, $2, gen_random_uuid(), {expiresAt})
            ON CONFLICT (key) DO UPDATE SET value = $2, updated_at = now(), etag = gen_random_uuid(), expires_at = {expiresAt}{onlyExpired}
            """;
        return command;
    }

    protected override NpgsqlCommand DeleteCommand(StateOperation operation)
    {
        var command = new NpgsqlCommand($"DELETE FROM {Table} WHERE key = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = operation.Key });
        if (operation.HasETag)
        {
            command.CommandText += " AND etag = $2";
            command.Parameters.Add(new NpgsqlParameter { Value = ParseETag(operation.ETag!) });
        }

        return command;
    }

    // daprd answers an ETag that is not a UUID with a mismatch, not an invalid-argument error.
    private static Guid ParseETag(string etag) => Guid.TryParse(etag, out var parsed) ? parsed : throw StateException.Mismatch();
}
