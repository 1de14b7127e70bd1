namespace Ecommerce.LocalSidecar.State;

/// <summary><c>state.in-memory</c>: the same ETag rules as the PostgreSQL store, in process memory.</summary>
public sealed class InMemoryStateStore(string name, TimeProvider time) : IStateStore
{
    private readonly Dictionary<string, (StateEntry Entry, DateTimeOffset? ExpiresAt)> _entries = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public string Name { get; } = name;

    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<StateEntry?> GetAsync(string key, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(Live(key));
        }
    }

    public Task<IReadOnlyList<StateEntry>> GetManyAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            IReadOnlyList<StateEntry> found = keys.Select(Live).OfType<StateEntry>().ToList();
            return Task.FromResult(found);
        }
    }

    public Task ApplyAsync(IReadOnlyList<StateOperation> operations, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var pending = new Dictionary<string, (StateEntry Entry, DateTimeOffset? ExpiresAt)?>(StringComparer.Ordinal);
            foreach (var operation in operations)
            {
                var current = pending.TryGetValue(operation.Key, out var staged) ? staged : LiveWithExpiry(operation.Key);
                if (operation.HasETag && (current is null || !SameETag(current.Value.Entry.ETag, operation.ETag!)))
                {
                    throw StateException.Mismatch();
                }

                if (operation.IsDelete)
                {
                    pending[operation.Key] = null;
                    continue;
                }

                if (!operation.HasETag && operation.FirstWrite && current is not null)
                {
                    throw new StateException("no item was updated", false);
                }

                var expiresAt = operation.TtlSeconds is > 0 ? time.GetUtcNow().AddSeconds(operation.TtlSeconds.Value) : (DateTimeOffset?)null;
                pending[operation.Key] = (new StateEntry(operation.Key, operation.Value!, Guid.NewGuid().ToString()), expiresAt);
            }

            foreach (var (key, value) in pending)
            {
                if (value is null)
                {
                    _entries.Remove(key);
                }
                else
                {
                    _entries[key] = value.Value;
                }
            }
        }

        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    // An ETag that is not a UUID can never match, as in the PostgreSQL v2 store.
    private static bool SameETag(string stored, string given) => Guid.TryParse(given, out var parsed) && parsed == Guid.Parse(stored);

    private StateEntry? Live(string key) => LiveWithExpiry(key)?.Entry;

    private (StateEntry Entry, DateTimeOffset? ExpiresAt)? LiveWithExpiry(string key) =>
        _entries.TryGetValue(key, out var found) && (found.ExpiresAt is null || found.ExpiresAt >= time.GetUtcNow()) ? found : null;
}
