using Dapr.DurableTask.Protobuf;
using Ecommerce.LocalSidecar.Workflow.Engine;
using Google.Protobuf.WellKnownTypes;
using Npgsql;

namespace Ecommerce.LocalSidecar.Workflow.Storage;

/// <summary>Creating and reading instances (the client side of the protocol).</summary>
internal sealed class InstanceStore(WorkflowDatabase db)
{
    /// <summary>
    /// Creates the instance. An id in use by an unfinished instance is refused (false); the id of a finished one is
    /// reused: its old history is deleted first, as daprd allows reusing the id of a completed workflow.
    /// </summary>
    public async Task<bool> CreateAsync(NewInstance instance, DateTime now, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using (var insert = new NpgsqlBatch(connection) { BatchCommands = { InstanceSql.Insert(db.AppId, instance, now) } })
        {
            if (await insert.ExecuteNonQueryAsync(ct) > 0)
            {
                return true;
            }
        }

        return await ReplaceFinishedAsync(connection, instance, now, ct);
    }

    private async Task<bool> ReplaceFinishedAsync(NpgsqlConnection connection, NewInstance instance, DateTime now, CancellationToken ct)
    {
        await using var tx = await connection.BeginTransactionAsync(ct);
        await using (var existing = Sql.Command(connection,
            "SELECT status FROM wf_instances WHERE app_id = $1 AND instance_id = $2 FOR UPDATE", db.AppId, instance.InstanceId))
        {
            if (await existing.ExecuteScalarAsync(ct) is int status && !WorkflowStatuses.IsTerminal((OrchestrationStatus)status))
            {
                return false;
            }
        }

        await using var replace = new NpgsqlBatch(connection, tx);
        foreach (var command in InstanceSql.Delete(db.AppId, [instance.InstanceId]))
        {
            replace.BatchCommands.Add(command);
        }

        replace.BatchCommands.Add(InstanceSql.Insert(db.AppId, instance, now));
        await replace.ExecuteNonQueryAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }

    public async Task<WorkflowState?> GetAsync(string instanceId, bool withPayloads, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var command = Sql.Command(connection,
            """
            SELECT instance_id, name, version, status, scheduled_start_at, created_at, last_updated_at, input, output,
                   custom_status, failure_details, execution_id, completed_at, parent_instance_id, started_at
            FROM wf_instances WHERE app_id = $1 AND instance_id = $2
            """,
            db.AppId, instanceId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }

        var state = new WorkflowState
        {
            InstanceId = reader.GetString(0),
            Name = reader.GetString(1),
            Version = reader.IsDBNull(2) ? null : reader.GetString(2),
            WorkflowStatus = (OrchestrationStatus)reader.GetInt32(3),
            ScheduledStartTimestamp = TimestampOrNull(reader, 4),
            CreatedTimestamp = TimestampOrNull(reader, 5),
            LastUpdatedTimestamp = TimestampOrNull(reader, 6),
            CustomStatus = reader.IsDBNull(9) ? null : reader.GetString(9),
            FailureDetails = reader.IsDBNull(10) ? null : TaskFailureDetails.Parser.ParseFrom(reader.GetFieldValue<byte[]>(10)),
            ExecutionId = reader.GetString(11),
            CompletedTimestamp = TimestampOrNull(reader, 12),
            ParentInstanceId = reader.IsDBNull(13) ? null : reader.GetString(13),
            StartedAt = TimestampOrNull(reader, 14),
        };
        if (withPayloads)
        {
            state.Input = reader.IsDBNull(7) ? null : reader.GetString(7);
            state.Output = reader.IsDBNull(8) ? null : reader.GetString(8);
        }

        return state;
    }

    /// <summary>Instance ids in id order, after <paramref name="after"/>; the token is set only when more may follow.</summary>
    public async Task<(List<string> Ids, string? Next)> ListAsync(string? after, int pageSize, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var command = Sql.Command(connection,
            "SELECT instance_id FROM wf_instances WHERE app_id = $1 AND instance_id > $2 ORDER BY instance_id LIMIT $3",
            db.AppId, after ?? "", pageSize);
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ids.Add(reader.GetString(0));
        }

        return (ids, ids.Count == pageSize ? ids[^1] : null);
    }

    /// <summary>The persisted history, or null when the instance does not exist.</summary>
    public async Task<List<HistoryEvent>?> GetHistoryAsync(string instanceId, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                Sql.Command("SELECT 1 FROM wf_instances WHERE app_id = $1 AND instance_id = $2", db.AppId, instanceId),
                Sql.Command("SELECT payload FROM wf_history WHERE app_id = $1 AND instance_id = $2 ORDER BY seq", db.AppId, instanceId),
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }

        await reader.NextResultAsync(ct);
        var events = new List<HistoryEvent>();
        while (await reader.ReadAsync(ct))
        {
            events.Add(HistoryEvent.Parser.ParseFrom(reader.GetFieldValue<byte[]>(0)));
        }

        return events;
    }

    private static Timestamp? TimestampOrNull(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Timestamp.FromDateTime(reader.GetFieldValue<DateTime>(ordinal));
}
