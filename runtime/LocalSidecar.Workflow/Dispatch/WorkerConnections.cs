using System.Collections.Concurrent;

namespace Ecommerce.LocalSidecar.Workflow.Dispatch;

/// <summary>The open worker streams; work goes to the one with the most free slots.</summary>
internal sealed class WorkerConnections(WorkflowBackendOptions options)
{
    private readonly ConcurrentDictionary<WorkerConnection, byte> _open = new();

    public bool Any => !_open.IsEmpty;

    public WorkerConnection Open()
    {
        var connection = new WorkerConnection(options.MaxInFlightPerWorker);
        _open.TryAdd(connection, 0);
        return connection;
    }

    public void Remove(WorkerConnection connection) => _open.TryRemove(connection, out _);

    public int FreeSlots(WorkKind kind) => _open.Keys.Sum(c => Math.Max(0, c.FreeSlots(kind)));

    public WorkerConnection? Pick(WorkKind kind) =>
        _open.Keys.Select(c => (Connection: c, Free: c.FreeSlots(kind)))
            .Where(c => c.Free > 0)
            .OrderByDescending(c => c.Free)
            .Select(c => c.Connection)
            .FirstOrDefault();
}
