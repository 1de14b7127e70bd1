using Dapr.DurableTask.Protobuf;
using Ecommerce.LocalSidecar.Workflow.Engine;
using Google.Protobuf;

namespace Ecommerce.LocalSidecar.Workflow.Storage;

/// <summary>
/// Activity tasks, at least once: a task row stays until its result is recorded. Its completion token is
/// "<c>{seq}:{lease}</c>", so a result is matched to its row even after the lease was lost and given again.
/// </summary>
internal sealed class ActivityQueue(WorkflowDatabase db, WorkflowBackendOptions options, TimeProvider clock)
{
    public async Task<List<ActivityLease>> LeaseAsync(int max, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var connection = await db.OpenAsync(ct);
        await using var command = Sql.Command(connection,
            """
            WITH ready AS (
                SELECT seq FROM wf_activity_tasks
                WHERE app_id = $1 AND (locked_by IS NULL OR lock_expires_at <= $2)
                ORDER BY seq LIMIT $3
                FOR UPDATE SKIP LOCKED)
            UPDATE wf_activity_tasks t SET locked_by = t.seq::text || ':' || gen_random_uuid()::text, lock_expires_at = $4, locked_owner = $5
            FROM ready r WHERE t.seq = r.seq
            RETURNING t.locked_by, t.payload
            """,
            db.AppId, now, max, now + options.DatabaseLease(options.ActivityLeaseTimeout), db.Owner);
        var leases = new List<ActivityLease>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            leases.Add(new ActivityLease(reader.GetString(0), ActivityRequest.Parser.ParseFrom(reader.GetFieldValue<byte[]>(1))));
        }

        return leases;
    }

    /// <summary>Records the result as a taskCompleted/taskFailed inbox event; false when the task was already done.</summary>
    public async Task<bool> CompleteAsync(string token, ActivityRequest? dispatched, ActivityResponse response, CancellationToken ct)
    {
        if (!TryParseSeq(token, out var seq))
        {
            return false;
        }

        await using var connection = await db.OpenAsync(ct);
        var request = dispatched ?? await ReadAsync(connection, seq, ct);
        if (request is null)
        {
            return false;
        }

        var result = HistoryEvents.External(clock.GetUtcNow().UtcDateTime);
        if (response.FailureDetails is null)
        {
            result.TaskCompleted = new TaskCompletedEvent
            {
                TaskScheduledId = request.TaskId,
                Result = response.Result,
                TaskExecutionId = request.TaskExecutionId,
            };
        }
        else
        {
            result.TaskFailed = new TaskFailedEvent
            {
                TaskScheduledId = request.TaskId,
                FailureDetails = response.FailureDetails,
                TaskExecutionId = request.TaskExecutionId,
            };
        }

        // Deleting the task and queueing its result in one statement makes a second result for it a no-op.
        await using var command = Sql.Command(connection,
            """
            WITH done AS (DELETE FROM wf_activity_tasks WHERE app_id = $1 AND seq = $2 RETURNING instance_id)
            INSERT INTO wf_inbox (app_id, instance_id, kind, payload) SELECT $1, instance_id, $3, $4 FROM done
            """,
            db.AppId, seq, HistoryEvents.Kind(result), result.ToByteArray());
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }

    public async Task ReleaseAsync(string[] tokens, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var command = Sql.Command(connection,
            "UPDATE wf_activity_tasks SET locked_by = NULL, lock_expires_at = NULL WHERE app_id = $1 AND locked_by = ANY($2)",
            db.AppId, tokens);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Extends this backend's leases (by token) while their activities run.</summary>
    public async Task RenewAsync(string[] tokens, DateTime[] until, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var command = Sql.Command(connection,
            """
            UPDATE wf_activity_tasks t SET lock_expires_at = r.until
            FROM unnest($2::text[], $3::timestamptz[]) AS r(token, until)
            WHERE t.seq = split_part(r.token, ':', 1)::bigint AND t.app_id = $1 AND t.locked_by = r.token
            """,
            db.AppId, tokens, until);
        await command.ExecuteNonQueryAsync(ct);
    }

    private async Task<ActivityRequest?> ReadAsync(Npgsql.NpgsqlConnection connection, long seq, CancellationToken ct)
    {
        await using var command = Sql.Command(connection, "SELECT payload FROM wf_activity_tasks WHERE app_id = $1 AND seq = $2", db.AppId, seq);
        return await command.ExecuteScalarAsync(ct) is byte[] payload ? ActivityRequest.Parser.ParseFrom(payload) : null;
    }

    public static bool TryParseSeq(string token, out long seq)
    {
        var colon = token.IndexOf(':');
        seq = 0;
        return colon > 0 && long.TryParse(token.AsSpan(0, colon), out seq);
    }
}
