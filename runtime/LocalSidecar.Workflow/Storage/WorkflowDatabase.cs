using Microsoft.Extensions.Logging;
using Npgsql;

namespace Ecommerce.LocalSidecar.Workflow.Storage;

/// <summary>
/// Owns the connection pool. The first caller creates or upgrades the schema and releases the leases a previous
/// process of this backend (same owner id) left behind, their work items died with it; leases of other live backends
/// of the app id stay theirs. Every entry point awaits <see cref="OpenAsync"/>.
/// </summary>
internal sealed class WorkflowDatabase(WorkflowBackendOptions options, ILogger<WorkflowDatabase> logger) : IAsyncDisposable
{
    // Serialises schema changes of several sidecars starting at once on the same database.
    private const long SchemaLockKey = 0x77665F736368656D;

    // No session state is left on a connection (the schema lock is per transaction), so the pool skips DISCARD ALL
    // on reuse: one server transaction fewer per turn, lease and activity result. The backend runs a dozen
    // statements over and over, so they are prepared (auto-prepare) instead of parsed and planned on every call.
    private readonly NpgsqlDataSource _dataSource = new NpgsqlDataSourceBuilder(options.ConnectionString)
    {
        ConnectionStringBuilder = { NoResetOnClose = true, MaxAutoPrepare = 64, AutoPrepareMinUsages = 2 },
    }.Build();

    private readonly SemaphoreSlim _initLock = new(1, 1);
    private volatile bool _ready;

    public string AppId => options.AppId;

    public string Owner => options.Owner;

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken ct)
    {
        if (!_ready)
        {
            await InitializeAsync(ct);
        }

        return await _dataSource.OpenConnectionAsync(ct);
    }

    private async Task InitializeAsync(CancellationToken ct)
    {
        await _initLock.WaitAsync(ct);
        try
        {
            if (_ready)
            {
                return;
            }

            await using var connection = await _dataSource.OpenConnectionAsync(ct);
            await MigrateAsync(connection, ct);
            await ReleaseOrphanedLeasesAsync(connection, ct);
            _ready = true;
        }
        finally
        {
            _initLock.Release();
        }
    }

    private async Task MigrateAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var tx = await connection.BeginTransactionAsync(ct);
        await using (var command = new NpgsqlCommand(
            "SELECT pg_advisory_xact_lock(@key); CREATE TABLE IF NOT EXISTS wf_schema_version (version integer NOT NULL);",
            connection, tx))
        {
            command.Parameters.AddWithValue("key", SchemaLockKey);
            await command.ExecuteNonQueryAsync(ct);
        }

        await using (var read = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM wf_schema_version", connection, tx))
        {
            var current = (int)(await read.ExecuteScalarAsync(ct))!;
            for (var version = current + 1; version <= WorkflowSchema.Migrations.Length; version++)
            {
                await using var migrate = new NpgsqlCommand(WorkflowSchema.Migrations[version - 1], connection, tx);
                await migrate.ExecuteNonQueryAsync(ct);
                await using var record = new NpgsqlCommand("INSERT INTO wf_schema_version (version) VALUES (@v)", connection, tx);
                record.Parameters.AddWithValue("v", version);
                await record.ExecuteNonQueryAsync(ct);
                Log.SchemaMigrated(logger, version);
            }
        }

        await tx.CommitAsync(ct);
    }

    private async Task ReleaseOrphanedLeasesAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            """
            UPDATE wf_instances SET locked_by = NULL, lock_expires_at = NULL
            WHERE app_id = @app AND locked_by IS NOT NULL AND locked_owner = @owner;
            UPDATE wf_activity_tasks SET locked_by = NULL, lock_expires_at = NULL
            WHERE app_id = @app AND locked_by IS NOT NULL AND locked_owner = @owner;
            """,
            connection);
        command.Parameters.AddWithValue("app", AppId);
        command.Parameters.AddWithValue("owner", Owner);
        var released = await command.ExecuteNonQueryAsync(ct);
        if (released > 0)
        {
            Log.OrphanedLeasesReleased(logger, released, AppId, Owner);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync();
        _initLock.Dispose();
    }
}
