using System.Collections.Concurrent;
using Dapr.DurableTask.Protobuf;
using Ecommerce.LocalSidecar.Workflow.Engine;

namespace Ecommerce.LocalSidecar.Workflow.Dispatch;

/// <summary>
/// What this process has handed out, by completion token: the turn a response belongs to, and the worker
/// stream that holds it. Tokens unknown here (a restart, an expired lease) are checked against the database.
/// </summary>
internal sealed class LeaseTable
{
    private readonly ConcurrentDictionary<string, Lease<OrchestrationTurn>> _turns = new();
    private readonly ConcurrentDictionary<string, Lease<ActivityRequest>> _activities = new();

    public void AddTurn(OrchestrationTurn turn, WorkerConnection connection, DateTime expiresAt) =>
        _turns[turn.Token] = new Lease<OrchestrationTurn>(turn, connection, expiresAt);

    public void AddActivity(string token, ActivityRequest request, WorkerConnection connection, DateTime expiresAt) =>
        _activities[token] = new Lease<ActivityRequest>(request, connection, expiresAt);

    public OrchestrationTurn? TakeTurn(string token) => Take(_turns, WorkKind.Orchestration, token);

    public ActivityRequest? TakeActivity(string token) => Take(_activities, WorkKind.Activity, token);

    public void Forget(string[] turnTokens, string[] activityTokens)
    {
        foreach (var token in turnTokens)
        {
            _turns.TryRemove(token, out _);
        }

        foreach (var token in activityTokens)
        {
            _activities.TryRemove(token, out _);
        }
    }

    /// <summary>
    /// The leases still out, each with when its database lease should end now: <paramref name="lease"/> from now, but
    /// never after the work's answer deadline (a worker that never answers loses it then).
    /// </summary>
    public (string[] Tokens, DateTime[] Until) OutstandingTurns(DateTime now, TimeSpan lease) => Outstanding(_turns, now, lease);

    public (string[] Tokens, DateTime[] Until) OutstandingActivities(DateTime now, TimeSpan lease) => Outstanding(_activities, now, lease);

    /// <summary>Drops leases the database has already made available again, freeing their stream's slots.</summary>
    public void ForgetExpired(DateTime now)
    {
        Sweep(_turns, WorkKind.Orchestration, now);
        Sweep(_activities, WorkKind.Activity, now);
    }

    private static T? Take<T>(ConcurrentDictionary<string, Lease<T>> leases, WorkKind kind, string token) where T : class
    {
        if (!leases.TryRemove(token, out var lease))
        {
            return null;
        }

        lease.Connection.Done(kind, token);
        return lease.Value;
    }

    private static (string[] Tokens, DateTime[] Until) Outstanding<T>(ConcurrentDictionary<string, Lease<T>> leases, DateTime now, TimeSpan lease)
    {
        var live = leases.Where(l => l.Value.ExpiresAt > now).ToList();
        return ([.. live.Select(l => l.Key)], [.. live.Select(l => l.Value.ExpiresAt < now + lease ? l.Value.ExpiresAt : now + lease)]);
    }

    private static void Sweep<T>(ConcurrentDictionary<string, Lease<T>> leases, WorkKind kind, DateTime now)
    {
        foreach (var (token, lease) in leases)
        {
            if (lease.ExpiresAt <= now && leases.TryRemove(token, out _))
            {
                lease.Connection.Done(kind, token);
            }
        }
    }

    private sealed record Lease<T>(T Value, WorkerConnection Connection, DateTime ExpiresAt);
}
