namespace Ecommerce.AppHost.Tests;

/// <summary>Items that arrive over time (log messages, printed lines), and a wait for the first that matches.</summary>
public sealed class Observed<T>
{
    private readonly List<T> _items = [];
    private readonly Lock _gate = new();
    private TaskCompletionSource _added = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<T> Snapshot()
    {
        lock (_gate)
        {
            return [.. _items];
        }
    }

    public void Add(T item)
    {
        TaskCompletionSource added;
        lock (_gate)
        {
            _items.Add(item);
            added = _added;
            _added = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        added.TrySetResult();
    }

    /// <summary>The first item that matches, as soon as it has arrived.</summary>
    public async Task<T> WaitForAsync(Func<T, bool> match, CancellationToken ct)
    {
        while (true)
        {
            Task added;
            lock (_gate)
            {
                foreach (var item in _items)
                {
                    if (match(item))
                    {
                        return item;
                    }
                }

                added = _added.Task;
            }

            await added.WaitAsync(ct);
        }
    }
}
