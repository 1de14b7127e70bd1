using Npgsql;

namespace Ecommerce.LocalSidecar.State;

/// <summary>
/// What both versions of <c>state.postgresql</c> do alike: reads by key and the all-or-nothing application of
/// operations in one transaction. Each version supplies its table layout, its commands and how it reads a row.
/// </summary>
public abstract class PostgresStateStoreBase(string name, PostgresStateStoreOptions options) : IStateStore
{
    // No session state is left on a connection, so the pool skips DISCARD ALL on reuse (a server transaction per
    // call), and the store's few statements are prepared (auto-prepare) instead of parsed and planned on every call.
    protected NpgsqlDataSource DataSource { get; } = new NpgsqlDataSourceBuilder(options.ConnectionString)
    {
        ConnectionStringBuilder = { NoResetOnClose = true, MaxAutoPrepare = 64, AutoPrepareMinUsages = 2 },
    }.Build();

    protected string Table { get; } = options.TableName;

    public string Name { get; } = name;

    public PostgresStateStoreOptions Options { get; } = options;

    public abstract Task InitializeAsync(CancellationToken cancellationToken);

    public async Task<StateEntry?> GetAsync(string key, CancellationToken cancellationToken) =>
        (await GetManyAsync([key], cancellationToken)).SingleOrDefault();

    public async Task<IReadOnlyList<StateEntry>> GetManyAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand(SelectSql);
        command.Parameters.Add(new NpgsqlParameter { Value = keys.ToArray() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var found = new List<StateEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(ReadEntry(reader));
        }

        return found;
    }

    public async Task ApplyAsync(IReadOnlyList<StateOperation> operations, CancellationToken cancellationToken)
    {
        await using var connection = await DataSource.OpenConnectionAsync(cancellationToken);
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

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return DataSource.DisposeAsync();
    }

    /// <summary>Selects the live rows whose key is in the array parameter $1.</summary>
    protected abstract string SelectSql { get; }

    protected abstract StateEntry ReadEntry(NpgsqlDataReader reader);

    protected abstract NpgsqlCommand SetCommand(StateOperation operation);

    protected abstract NpgsqlCommand DeleteCommand(StateOperation operation);

    /// <summary>Runs DDL, tolerating another sidecar creating the same object at the same moment (as daprd does).</summary>
    protected async Task CreateAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = DataSource.CreateCommand(sql);
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
        }
    }
}
