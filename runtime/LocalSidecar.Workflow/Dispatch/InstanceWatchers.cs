using System.Collections.Concurrent;

namespace Ecommerce.LocalSidecar.Workflow.Dispatch;

/// <summary>Per-instance change notifications for long-polling clients (WaitForInstanceStart/Completion).</summary>
internal sealed class InstanceWatchers
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _watchers = new();

    /// <summary>A task that completes at the next change of the instance; take it before reading the state.</summary>
    public Task Watch(string instanceId) =>
        _watchers.GetOrAdd(instanceId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Changed(string instanceId)
    {
        if (_watchers.TryRemove(instanceId, out var watcher))
        {
            watcher.TrySetResult();
        }
    }
}
