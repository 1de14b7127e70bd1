using Dapr.DurableTask.Protobuf;
using Ecommerce.LocalSidecar.Workflow.Engine;
using Google.Protobuf;
using Npgsql;

namespace Ecommerce.LocalSidecar.Workflow.Storage;

/// <summary>Writes a turn's outcome in one transaction, guarded by the turn's lock token.</summary>
internal sealed class TurnWriter(WorkflowDatabase db, WorkflowBackendOptions options)
{
    private static readonly string[] ResultKinds =
    [
        nameof(HistoryEvent.EventTypeOneofCase.TaskCompleted),
        nameof(HistoryEvent.EventTypeOneofCase.TaskFailed),
        nameof(HistoryEvent.EventTypeOneofCase.TimerFired),
        nameof(HistoryEvent.EventTypeOneofCase.ChildWorkflowInstanceCompleted),
        nameof(HistoryEvent.EventTypeOneofCase.ChildWorkflowInstanceFailed),
    ];

    /// <summary>
    /// Not written when the token no longer owns the instance (the turn was given to another worker). With
    /// <paramref name="claimActivities"/> the activity tasks the turn schedules are inserted already leased to this
    /// backend (as <see cref="ActivityQueue.LeaseAsync"/> would lease them) and returned, ready to hand out: one
    /// transaction less per activity.
    /// </summary>
    public async Task<TurnWrite> WriteAsync(OrchestrationTurn turn, TurnOutcome outcome, DateTime now, bool claimActivities, CancellationToken ct)
    {
        var app = db.AppId;
        var id = turn.InstanceId;
        await using var connection = await db.OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await using var batch = new NpgsqlBatch(connection, tx);
        var guard = Sql.Command(
            """
            UPDATE wf_instances
            SET status = $3, execution_id = $4, custom_status = $5, output = $6, failure_details = $7, completed_at = $8,
                started_at = coalesce(started_at, $9), last_updated_at = $9, locked_by = NULL, lock_expires_at = NULL
            WHERE app_id = $1 AND instance_id = $2 AND locked_by = $10
            """,
            app, id, (int)outcome.Status, outcome.ExecutionId, outcome.CustomStatus, outcome.Output,
            outcome.Failure?.ToByteArray(), outcome.IsTerminal ? now : null, now, turn.Token);
        batch.BatchCommands.Add(guard);

        var firstSeq = turn.PastEvents.Count;
        if (outcome.ContinuedAsNew)
        {
            firstSeq = 0;
            batch.BatchCommands.Add(Sql.Command(
                "UPDATE wf_instances SET input = $3 WHERE app_id = $1 AND instance_id = $2", app, id, outcome.ContinuedInput));
            batch.BatchCommands.Add(Sql.Command("DELETE FROM wf_history WHERE app_id = $1 AND instance_id = $2", app, id));
            batch.BatchCommands.Add(Sql.Command("DELETE FROM wf_activity_tasks WHERE app_id = $1 AND instance_id = $2", app, id));
            batch.BatchCommands.Add(Sql.Command(
                "DELETE FROM wf_inbox WHERE app_id = $1 AND instance_id = $2 AND kind = ANY($3)", app, id, ResultKinds));
        }

        if (outcome.AppendedEvents.Count > 0)
        {
            batch.BatchCommands.Add(Sql.Command(
                """
                INSERT INTO wf_history (app_id, instance_id, seq, payload)
                SELECT $1, $2, $3 + (e.ord - 1)::integer, e.payload FROM unnest($4::bytea[]) WITH ORDINALITY AS e(payload, ord)
                """,
                app, id, firstSeq, outcome.AppendedEvents.Select(e => e.ToByteArray()).ToArray()));
        }

        batch.BatchCommands.Add(outcome.Stalled
            ? Sql.Command("UPDATE wf_inbox SET held = true WHERE seq = ANY($1)", turn.InboxSeqs)
            : Sql.Command("DELETE FROM wf_inbox WHERE seq = ANY($1)", turn.InboxSeqs));

        if (outcome.IsTerminal)
        {
            batch.BatchCommands.Add(Sql.Command("DELETE FROM wf_inbox WHERE app_id = $1 AND instance_id = $2", app, id));
            batch.BatchCommands.Add(Sql.Command("DELETE FROM wf_activity_tasks WHERE app_id = $1 AND instance_id = $2", app, id));
        }

        foreach (var instance in outcome.NewInstances)
        {
            batch.BatchCommands.Add(InstanceSql.Insert(app, instance, now));
        }

        if (outcome.Messages.Count > 0)
        {
            batch.BatchCommands.Add(InstanceSql.Enqueue(app, outcome.Messages));
        }

        if (outcome.ContinuedAsNew)
        {
            // Events that arrived during this turn go after the carried-over ones, which the workflow received first.
            batch.BatchCommands.Add(Sql.Command(
                """
                WITH moved AS (
                    DELETE FROM wf_inbox
                    WHERE app_id = $1 AND instance_id = $2 AND kind <> 'ExecutionStarted'
                      AND seq < (SELECT max(seq) FROM wf_inbox WHERE app_id = $1 AND instance_id = $2 AND kind = 'ExecutionStarted')
                    RETURNING seq, kind, payload, visible_at, held)
                INSERT INTO wf_inbox (app_id, instance_id, kind, payload, visible_at, held)
                SELECT $1, $2, kind, payload, visible_at, held FROM moved ORDER BY seq
                """,
                app, id));
        }

        if (outcome.TerminateChildren)
        {
            batch.BatchCommands.Add(InstanceSql.TerminateChildren(
                app, id, HistoryEvents.ExecutionTerminated(now, outcome.ChildTerminationReason, recurse: true)));
        }

        await batch.ExecuteNonQueryAsync(ct);
        if (guard.RecordsAffected != 1)
        {
            await tx.RollbackAsync(ct);
            return TurnWrite.Stale;
        }

        var claimed = outcome.ActivityTasks.Count > 0
            ? await InsertActivitiesAsync(connection, tx, id, outcome.ActivityTasks, now, claimActivities, ct)
            : [];
        await tx.CommitAsync(ct);
        return new TurnWrite(true, claimed);
    }

    private async Task<List<ActivityLease>> InsertActivitiesAsync(
        NpgsqlConnection connection, NpgsqlTransaction tx, string instanceId, List<ActivityRequest> tasks, DateTime now, bool claim, CancellationToken ct)
    {
        // The sequence value is drawn first (per row: a volatile function in a subquery's select list), so a claimed
        // task's token is "{seq}:{lease}" like that of any leased one.
        await using var command = Sql.Command(connection,
            """
            INSERT INTO wf_activity_tasks (seq, app_id, instance_id, task_id, payload, created_at, locked_by, lock_expires_at, locked_owner)
            SELECT n.seq, $1, $2, n.task_id, n.payload, $5,
                   CASE WHEN $6 THEN n.seq::text || ':' || gen_random_uuid()::text END,
                   CASE WHEN $6 THEN $7::timestamptz END,
                   CASE WHEN $6 THEN $8 END
            FROM (SELECT nextval(pg_get_serial_sequence('wf_activity_tasks', 'seq')) AS seq, t.task_id, t.payload
                  FROM unnest($3::integer[], $4::bytea[]) AS t(task_id, payload)) AS n
            RETURNING task_id, locked_by
            """,
            db.AppId, instanceId, tasks.Select(t => t.TaskId).ToArray(), tasks.Select(t => t.ToByteArray()).ToArray(), now,
            claim, now + options.DatabaseLease(options.ActivityLeaseTimeout), db.Owner);
        command.Transaction = tx;
        var byTaskId = tasks.ToDictionary(t => t.TaskId);
        var claimed = new List<ActivityLease>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            if (!reader.IsDBNull(1))
            {
                claimed.Add(new ActivityLease(reader.GetString(1), byTaskId[reader.GetInt32(0)]));
            }
        }

        return claimed;
    }
}

/// <summary>A turn's write: whether its token still owned the instance, and the activity tasks it claimed.</summary>
internal sealed record TurnWrite(bool Written, IReadOnlyList<ActivityLease> ClaimedActivities)
{
    public static readonly TurnWrite Stale = new(false, []);
}
