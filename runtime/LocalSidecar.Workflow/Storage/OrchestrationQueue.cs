using Dapr.DurableTask.Protobuf;
using Ecommerce.LocalSidecar.Workflow.Engine;
using Npgsql;

namespace Ecommerce.LocalSidecar.Workflow.Storage;

/// <summary>
/// Leases instances that have visible inbox events (one turn per instance at a time: the instance row's
/// <c>locked_by</c> holds the turn's completion token) and turns their inbox and history into a work item.
/// </summary>
internal sealed class OrchestrationQueue(WorkflowDatabase db, WorkflowBackendOptions options, TimeProvider clock)
{
    public async Task<List<OrchestrationTurn>> LeaseAsync(int max, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var connection = await db.OpenAsync(ct);
        var locked = await LockReadyInstancesAsync(connection, max, now, ct);
        if (locked.Count == 0)
        {
            return [];
        }

        var ids = locked.Select(l => l.InstanceId).ToArray();
        var (inbox, history) = await LoadAsync(connection, ids, now, ct);
        var turns = new List<OrchestrationTurn>();
        var emptySeqs = new List<long>();
        var emptyTokens = new List<string>();
        foreach (var instance in locked)
        {
            var past = history.GetValueOrDefault(instance.InstanceId) ?? [];
            var pending = inbox.GetValueOrDefault(instance.InstanceId) ?? [];
            var accepted = InboxFilter.Accept(past, pending.Select(p => p.Event));
            var seqs = pending.Select(p => p.Seq).ToArray();
            if (accepted.Count == 0)
            {
                emptySeqs.AddRange(seqs);
                emptyTokens.Add(instance.Token);
                continue;
            }

            var newEvents = new List<HistoryEvent>(accepted.Count + 1) { HistoryEvents.WorkflowStarted(now) };
            newEvents.AddRange(accepted);
            turns.Add(new OrchestrationTurn(instance.Token, instance.InstanceId, instance.ExecutionId, instance.Status, past, newEvents, seqs));
        }

        if (emptyTokens.Count > 0)
        {
            await DiscardAsync(connection, emptySeqs.ToArray(), emptyTokens.ToArray(), ct);
        }

        return turns;
    }

    private async Task<List<LockedInstance>> LockReadyInstancesAsync(NpgsqlConnection connection, int max, DateTime now, CancellationToken ct)
    {
        var candidates = await InstancesWithVisibleEventsAsync(connection, now, ct);
        if (candidates.Length == 0)
        {
            return [];
        }

        // A PENDING instance runs only once its start event is visible (scheduled starts); other events wait for it.
        await using var command = Sql.Command(connection,
            $"""
            WITH ready AS (
                SELECT i.instance_id FROM wf_instances i
                WHERE i.app_id = $1 AND i.instance_id = ANY($6) AND i.status NOT IN {WorkflowSchema.TerminalStatuses}
                  AND (i.locked_by IS NULL OR i.lock_expires_at <= $2)
                  AND EXISTS (SELECT 1 FROM wf_inbox b
                              WHERE b.app_id = $1 AND b.instance_id = i.instance_id AND NOT b.held
                                AND (b.visible_at IS NULL OR b.visible_at <= $2)
                                AND (i.status <> 6 OR b.kind = 'ExecutionStarted'))
                ORDER BY i.last_updated_at
                LIMIT $3
                FOR UPDATE OF i SKIP LOCKED)
            UPDATE wf_instances i SET locked_by = gen_random_uuid()::text, lock_expires_at = $4, locked_owner = $5
            FROM ready r WHERE i.app_id = $1 AND i.instance_id = r.instance_id
            RETURNING i.instance_id, i.locked_by, i.execution_id, i.status
            """,
            db.AppId, now, max, now + options.DatabaseLease(options.OrchestrationLeaseTimeout), db.Owner, candidates);
        var locked = new List<LockedInstance>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            locked.Add(new LockedInstance(reader.GetString(0), reader.GetString(1), reader.GetString(2), (OrchestrationStatus)reader.GetInt32(3)));
        }

        return locked;
    }

    // The inbox holds only undelivered events, so reading it first keeps the lease from visiting every active
    // instance: most of them (an order waiting days for its shipment) have nothing to do.
    private async Task<string[]> InstancesWithVisibleEventsAsync(NpgsqlConnection connection, DateTime now, CancellationToken ct)
    {
        await using var command = Sql.Command(connection,
            $"SELECT DISTINCT b.instance_id FROM wf_inbox b WHERE b.app_id = $1 AND NOT b.held AND {WorkflowSchema.InboxVisibleAt} <= $2",
            db.AppId, now);
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ids.Add(reader.GetString(0));
        }

        return [.. ids];
    }

    private async Task<(Dictionary<string, List<InboxEvent>> Inbox, Dictionary<string, List<HistoryEvent>> History)> LoadAsync(
        NpgsqlConnection connection, string[] ids, DateTime now, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                Sql.Command(
                    """
                    SELECT instance_id, seq, payload FROM wf_inbox
                    WHERE app_id = $1 AND instance_id = ANY($2) AND (visible_at IS NULL OR visible_at <= $3)
                    ORDER BY seq
                    """,
                    db.AppId, ids, now),
                Sql.Command(
                    "SELECT instance_id, payload FROM wf_history WHERE app_id = $1 AND instance_id = ANY($2) ORDER BY instance_id, seq",
                    db.AppId, ids),
            },
        };
        var inbox = new Dictionary<string, List<InboxEvent>>();
        var history = new Dictionary<string, List<HistoryEvent>>();
        await using var reader = await batch.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var list = inbox.TryGetValue(reader.GetString(0), out var l) ? l : inbox[reader.GetString(0)] = [];
            list.Add(new InboxEvent(reader.GetInt64(1), HistoryEvent.Parser.ParseFrom(reader.GetFieldValue<byte[]>(2))));
        }

        await reader.NextResultAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var list = history.TryGetValue(reader.GetString(0), out var l) ? l : history[reader.GetString(0)] = [];
            list.Add(HistoryEvent.Parser.ParseFrom(reader.GetFieldValue<byte[]>(1)));
        }

        return (inbox, history);
    }

    private async Task DiscardAsync(NpgsqlConnection connection, long[] seqs, string[] tokens, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                Sql.Command("DELETE FROM wf_inbox WHERE seq = ANY($1)", seqs),
                Sql.Command("UPDATE wf_instances SET locked_by = NULL, lock_expires_at = NULL WHERE app_id = $1 AND locked_by = ANY($2)", db.AppId, tokens),
            },
        };
        await batch.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Gives turns back (their worker went away); nothing was written for them, so they simply run again.</summary>
    public async Task ReleaseAsync(string[] tokens, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var command = Sql.Command(connection,
            "UPDATE wf_instances SET locked_by = NULL, lock_expires_at = NULL WHERE app_id = $1 AND locked_by = ANY($2)", db.AppId, tokens);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Extends this backend's leases (by token) so no other backend of the app id takes the instances.</summary>
    public async Task RenewAsync(string[] tokens, DateTime[] until, CancellationToken ct)
    {
        await using var connection = await db.OpenAsync(ct);
        await using var command = Sql.Command(connection,
            """
            UPDATE wf_instances i SET lock_expires_at = r.until
            FROM unnest($2::text[], $3::timestamptz[]) AS r(token, until)
            WHERE i.app_id = $1 AND i.locked_by = r.token
            """,
            db.AppId, tokens, until);
        await command.ExecuteNonQueryAsync(ct);
    }

    private sealed record LockedInstance(string InstanceId, string Token, string ExecutionId, OrchestrationStatus Status);

    private sealed record InboxEvent(long Seq, HistoryEvent Event);
}
