using System.Threading.Channels;
using Dapr.DurableTask.Protobuf;

namespace Ecommerce.LocalSidecar.Workflow.Dispatch;

/// <summary>One open GetWorkItems stream: its outgoing queue and the leases it holds.</summary>
internal sealed class WorkerConnection(int maxInFlight)
{
    private readonly Channel<WorkItem> _items = Channel.CreateUnbounded<WorkItem>(new UnboundedChannelOptions { SingleReader = true });
    private readonly HashSet<string> _orchestrations = [];
    private readonly HashSet<string> _activities = [];
    private readonly Lock _gate = new();
    private bool _closed;

    public ChannelReader<WorkItem> Items => _items.Reader;

    public int FreeSlots(WorkKind kind)
    {
        lock (_gate)
        {
            return _closed ? 0 : maxInFlight - Tokens(kind).Count;
        }
    }

    /// <summary>False when the stream has closed meanwhile: the caller gives the lease back.</summary>
    public bool TryAssign(WorkKind kind, string token, WorkItem item)
    {
        lock (_gate)
        {
            if (_closed)
            {
                return false;
            }

            Tokens(kind).Add(token);
            return _items.Writer.TryWrite(item);
        }
    }

    public void Done(WorkKind kind, string token)
    {
        lock (_gate)
        {
            Tokens(kind).Remove(token);
        }
    }

    /// <summary>Closes the stream and returns the leases it still held, to be given back.</summary>
    public (string[] Orchestrations, string[] Activities) Close()
    {
        lock (_gate)
        {
            _closed = true;
            _items.Writer.TryComplete();
            var held = (_orchestrations.ToArray(), _activities.ToArray());
            _orchestrations.Clear();
            _activities.Clear();
            return held;
        }
    }

    private HashSet<string> Tokens(WorkKind kind) => kind == WorkKind.Orchestration ? _orchestrations : _activities;
}
