using Dapr.DurableTask.Protobuf;
using Ecommerce.LocalSidecar.Workflow.Engine;
using Google.Protobuf;
using Npgsql;

namespace Ecommerce.LocalSidecar.Workflow.Storage;

/// <summary>Writes a turn's outcome in one transaction, guarded by the turn's lock token.</summary>
internal sealed class TurnWriter(WorkflowDatabase db)
{
    private static readonly string[] ResultKinds =
    [
        nameof(HistoryEvent.EventTypeOneofCase.TaskCompleted),
        nameof(HistoryEvent.EventTypeOneofCase.TaskFailed),
        nameof(HistoryEvent.EventTypeOneofCase.TimerFired),
        nameof(HistoryEvent.EventTypeOneofCase.ChildWorkflowInstanceCompleted),
        nameof(HistoryEvent.EventTypeOneofCase.ChildWorkflowInstanceFailed),
    ];

    /// <summary>Returns false when the token no longer owns the instance (the turn was given to another worker).</summary>
    public async Task<bool> WriteAsync(OrchestrationTurn turn, TurnOutcome outcome, DateTime now, CancellationToken ct)
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

        if (outcome.ActivityTasks.Count > 0)
        {
            batch.BatchCommands.Add(Sql.Command(
                """
                INSERT INTO wf_activity_tasks (app_id, instance_id, task_id, payload, created_at)
                SELECT $1, $2, t.task_id, t.payload, $5 FROM unnest($3::integer[], $4::bytea[]) AS t(task_id, payload)
                """,
                app, id, outcome.ActivityTasks.Select(t => t.TaskId).ToArray(),
                outcome.ActivityTasks.Select(t => t.ToByteArray()).ToArray(), now));
        }

        await batch.ExecuteNonQueryAsync(ct);
        if (guard.RecordsAffected != 1)
        {
            await tx.RollbackAsync(ct);
            return false;
        }

        await tx.CommitAsync(ct);
        return true;
    }
}
