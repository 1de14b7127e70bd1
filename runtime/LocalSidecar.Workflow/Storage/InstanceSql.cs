using Dapr.DurableTask.Protobuf;
using Ecommerce.LocalSidecar.Workflow.Engine;
using Google.Protobuf;
using Npgsql;

namespace Ecommerce.LocalSidecar.Workflow.Storage;

/// <summary>Statements shared by client calls and orchestrator turns.</summary>
internal static class InstanceSql
{
    /// <summary>Creates the instance (PENDING) and queues its start event, unless the id is taken.</summary>
    public static NpgsqlBatchCommand Insert(string appId, NewInstance instance, DateTime now) => Sql.Command(
        """
        WITH created AS (
            INSERT INTO wf_instances (app_id, instance_id, execution_id, name, version, status, created_at, last_updated_at,
                                      scheduled_start_at, input, parent_instance_id)
            VALUES ($1, $2, $3, $4, $5, 6, $6, $6, $7, $8, $9)
            ON CONFLICT (app_id, instance_id) DO NOTHING
            RETURNING instance_id)
        INSERT INTO wf_inbox (app_id, instance_id, kind, payload, visible_at)
        SELECT $1, instance_id, 'ExecutionStarted', $10, $7 FROM created
        """,
        appId, instance.InstanceId, instance.ExecutionId, instance.Name, instance.Version, now, instance.ScheduledStart,
        instance.Input, instance.ParentInstanceId, instance.StartEvent.ToByteArray());

    /// <summary>Queues events for instances that exist and have not finished; events for others are dropped.</summary>
    public static NpgsqlBatchCommand Enqueue(string appId, IReadOnlyList<OutboundMessage> messages) => Sql.Command(
        $"""
        INSERT INTO wf_inbox (app_id, instance_id, kind, payload, visible_at)
        SELECT $1, m.target, m.kind, m.payload, m.visible_at
        FROM unnest($2::text[], $3::text[], $4::bytea[], $5::timestamptz[]) WITH ORDINALITY AS m(target, kind, payload, visible_at, ord)
        WHERE EXISTS (SELECT 1 FROM wf_instances i
                      WHERE i.app_id = $1 AND i.instance_id = m.target AND i.status NOT IN {WorkflowSchema.TerminalStatuses})
        ORDER BY m.ord
        """,
        appId,
        messages.Select(m => m.TargetInstanceId).ToArray(),
        messages.Select(m => HistoryEvents.Kind(m.Event)).ToArray(),
        messages.Select(m => m.Event.ToByteArray()).ToArray(),
        messages.Select(m => m.VisibleAt).ToArray());

    /// <summary>Sends a terminate to every running child of an instance (each passes it on to its own children).</summary>
    public static NpgsqlBatchCommand TerminateChildren(string appId, string parentId, HistoryEvent terminate) => Sql.Command(
        $"""
        INSERT INTO wf_inbox (app_id, instance_id, kind, payload, visible_at)
        SELECT $1, instance_id, 'ExecutionTerminated', $3, NULL FROM wf_instances
        WHERE app_id = $1 AND parent_instance_id = $2 AND status NOT IN {WorkflowSchema.TerminalStatuses}
        """,
        appId, parentId, terminate.ToByteArray());

    /// <summary>Removes every trace of the given instances.</summary>
    public static IEnumerable<NpgsqlBatchCommand> Delete(string appId, string[] instanceIds) =>
    [
        Sql.Command("DELETE FROM wf_history WHERE app_id = $1 AND instance_id = ANY($2)", appId, instanceIds),
        Sql.Command("DELETE FROM wf_inbox WHERE app_id = $1 AND instance_id = ANY($2)", appId, instanceIds),
        Sql.Command("DELETE FROM wf_activity_tasks WHERE app_id = $1 AND instance_id = ANY($2)", appId, instanceIds),
        Sql.Command("DELETE FROM wf_instances WHERE app_id = $1 AND instance_id = ANY($2)", appId, instanceIds),
    ];
}
