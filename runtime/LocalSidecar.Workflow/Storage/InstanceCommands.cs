using Dapr.DurableTask.Protobuf;
using Ecommerce.LocalSidecar.Workflow.Engine;
using Google.Protobuf;
using Npgsql;

namespace Ecommerce.LocalSidecar.Workflow.Storage;

/// <summary>Client calls that change instances: events, terminate, purge.</summary>
internal sealed class InstanceCommands(WorkflowDatabase db)
{
    public async Task<EnqueueResult> EnqueueAsync(string instanceId, HistoryEvent e, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var command = Sql.Command(connection,
            $"""
            WITH target AS (SELECT status FROM wf_instances WHERE app_id = $1 AND instance_id = $2),
            queued AS (
                INSERT INTO wf_inbox (app_id, instance_id, kind, payload)
                SELECT $1, $2, $3, $4 FROM target WHERE status NOT IN {WorkflowSchema.TerminalStatuses}
                RETURNING 1)
            SELECT (SELECT status FROM target), EXISTS (SELECT 1 FROM queued)
            """,
            db.AppId, instanceId, HistoryEvents.Kind(e), e.ToByteArray());
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return reader.IsDBNull(0) ? EnqueueResult.NotFound
            : reader.GetBoolean(1) ? EnqueueResult.Queued
            : EnqueueResult.Finished;
    }

    /// <summary>
    /// Queues a terminate. An instance that has not started yet (scheduled start) has no worker-side state, so it
    /// is finished here directly.
    /// </summary>
    public async Task<EnqueueResult> TerminateAsync(string instanceId, string? output, bool recursive, DateTime now, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using (var pending = Sql.Command(connection,
            """
            WITH done AS (
                UPDATE wf_instances SET status = 5, output = $3, completed_at = $4, last_updated_at = $4
                WHERE app_id = $1 AND instance_id = $2 AND status = 6 AND locked_by IS NULL
                  AND NOT EXISTS (SELECT 1 FROM wf_history h WHERE h.app_id = $1 AND h.instance_id = $2)
                RETURNING instance_id)
            DELETE FROM wf_inbox WHERE app_id = $1 AND instance_id IN (SELECT instance_id FROM done)
            RETURNING 1
            """,
            db.AppId, instanceId, output, now))
        {
            if (await pending.ExecuteScalarAsync(ct) is not null)
            {
                return EnqueueResult.TerminatedBeforeStart;
            }
        }

        return await EnqueueAsync(instanceId, HistoryEvents.ExecutionTerminated(now, output, recursive), ct);
    }

    /// <summary>
    /// Deletes the instance and, when recursive, its children. Null when some of them are still running and
    /// <paramref name="force"/> is off (Dapr purges finished workflows only).
    /// </summary>
    public async Task<int?> PurgeAsync(string instanceId, bool recursive, bool force, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await using var select = Sql.Command(connection,
            """
            WITH RECURSIVE tree AS (
                SELECT instance_id, status FROM wf_instances WHERE app_id = $1 AND instance_id = $2
                UNION ALL
                SELECT c.instance_id, c.status FROM wf_instances c JOIN tree t ON c.parent_instance_id = t.instance_id
                WHERE c.app_id = $1 AND $3)
            SELECT instance_id, status FROM tree
            """,
            db.AppId, instanceId, recursive);
        return await DeleteSelectedAsync(connection, tx, select, force, ct);
    }

    /// <summary>Deletes the finished instances (any, with <paramref name="force"/>) matching the filter.</summary>
    public async Task<int?> PurgeAsync(DateTime? createdFrom, DateTime? createdTo, int[] statuses, bool force, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await using var select = Sql.Command(connection,
            $"""
            SELECT instance_id, status FROM wf_instances
            WHERE app_id = $1 AND ($2::timestamptz IS NULL OR created_at >= $2) AND ($3::timestamptz IS NULL OR created_at < $3)
              AND (cardinality($4::integer[]) = 0 OR status = ANY($4)) AND ($5 OR status IN {WorkflowSchema.TerminalStatuses})
            """,
            db.AppId, createdFrom, createdTo, statuses, force);
        return await DeleteSelectedAsync(connection, tx, select, force, ct);
    }

    private async Task<int?> DeleteSelectedAsync(
        NpgsqlConnection connection, NpgsqlTransaction tx, NpgsqlCommand select, bool force, CancellationToken ct)
    {
        select.Transaction = tx;
        var ids = new List<string>();
        var running = false;
        await using (var reader = await select.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                ids.Add(reader.GetString(0));
                running |= !WorkflowStatuses.IsTerminal((OrchestrationStatus)reader.GetInt32(1));
            }
        }

        if (running && !force)
        {
            return null;
        }

        if (ids.Count > 0)
        {
            await using var batch = new NpgsqlBatch(connection, tx);
            foreach (var command in InstanceSql.Delete(db.AppId, [.. ids]))
            {
                batch.BatchCommands.Add(command);
            }

            await batch.ExecuteNonQueryAsync(ct);
        }

        await tx.CommitAsync(ct);
        return ids.Count;
    }
}
