using Npgsql;

namespace Ecommerce.LocalSidecar.State;

/// <summary>
/// <c>state.postgresql</c> v2, with the queries and table layout of components-contrib's v2 store: one table
/// <c>{tablePrefix}state</c> (key text PK, value bytea, etag uuid, created_at, updated_at, expires_at).
/// </summary>
public sealed class PostgresStateStore(string name, PostgresStateStoreOptions options) : IStateStore
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(options.ConnectionString);
    private readonly string _table = options.TableName;

    public string Name { get; } = name;

    public PostgresStateStoreOptions Options { get; } = options;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var sql = $"""
            CREATE TABLE IF NOT EXISTS {_table} (
              key text NOT NULL PRIMARY KEY,
              value bytea NOT NULL,
              etag uuid NOT NULL DEFAULT gen_random_uuid(),
              created_at timestamp with time zone NOT NULL DEFAULT now(),
              updated_at timestamp with time zone,
              expires_at timestamp with time zone
            );
            CREATE INDEX IF NOT EXISTS {_table.Replace('.', '_')}_expires_at_idx ON {_table} (expires_at);
            """;
        await using var command = _dataSource.CreateCommand(sql);
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            // Another sidecar created the table at the same moment (the race daprd also tolerates).
        }
    }

    public async Task<StateEntry?> GetAsync(string key, CancellationToken cancellationToken) =>
        (await GetManyAsync([key], cancellationToken)).SingleOrDefault();

    public async Task<IReadOnlyList<StateEntry>> GetManyAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        await using var command = _dataSource.CreateCommand(
            $"SELECT key, value, etag FROM {_table} WHERE key = ANY($1) AND (expires_at IS NULL OR expires_at >= now())");
        command.Parameters.Add(new NpgsqlParameter { Value = keys.ToArray() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var found = new List<StateEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(new StateEntry(reader.GetString(0), reader.GetFieldValue<byte[]>(1), reader.GetGuid(2).ToString()));
        }

        return found;
    }

    public async Task ApplyAsync(IReadOnlyList<StateOperation> operations, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var operation in operations)
        {
            await using var command = operation.IsDelete ? DeleteCommand(operation) : SetCommand(operation);
            command.Connection = connection;
            command.Transaction = transaction;
            if (await command.ExecuteNonQueryAsync(cancellationToken) != 1 && (operation.HasETag || !operation.IsDelete))
            {
                throw operation.HasETag ? StateException.Mismatch() : new StateException("no item was updated", false);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private NpgsqlCommand SetCommand(StateOperation operation)
    {
        var expiresAt = operation.TtlSeconds is > 0 ? $"now() + interval '{operation.TtlSeconds.Value} seconds'" : "NULL";
        var command = new NpgsqlCommand();
        command.Parameters.Add(new NpgsqlParameter { Value = operation.Key });
        command.Parameters.Add(new NpgsqlParameter { Value = operation.Value! });
        if (operation.HasETag)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = ParseETag(operation.ETag!) });
            command.CommandText = $"""
                UPDATE {_table} SET value = $2, updated_at = now(), etag = gen_random_uuid(), expires_at = {expiresAt}
                WHERE key = $1 AND etag = $3 AND (expires_at IS NULL OR expires_at >= now())
                """;
            return command;
        }

        // First-write still upserts over an expired row, as daprd's store does.
        var onlyExpired = operation.FirstWrite ? " WHERE (t.expires_at IS NOT NULL AND t.expires_at < now())" : "";
        command.CommandText = $"""
            INSERT INTO {_table} AS t (key, value, etag, expires_at) VALUES ($1, $2, gen_random_uuid(), {expiresAt})
            ON CONFLICT (key) DO UPDATE SET value = $2, updated_at = now(), etag = gen_random_uuid(), expires_at = {expiresAt}{onlyExpired}
            """;
        return command;
    }

    private NpgsqlCommand DeleteCommand(StateOperation operation)
    {
        var command = new NpgsqlCommand($"DELETE FROM {_table} WHERE key = $1");
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
