using System.Text.Json;
using Dapr.Client;

namespace Ecommerce.TestSupport.Dapr;

/// <summary>
/// State as daprd serves it from state.postgresql (v2): every write gets a new UUID ETag. A write with an ETag
/// succeeds only if the key holds that ETag (else a mismatch: TrySave and TryDelete answer false). A write without
/// an ETag under first-write concurrency is an insert: on an existing key it changes no row, which daprd reports as
/// a plain store error ("no item was updated"), so the SDK throws DaprException rather than answering false.
/// </summary>
public sealed partial class FakeDaprClient
{
    private readonly Dictionary<(string Store, string Key), (byte[] Json, string ETag)> _state = [];

    /// <summary>Runs once, before the next state write, with its key: lets a test slip another writer in between read and write.</summary>
    public Action<string>? BeforeStateWrite { get; set; }

    /// <summary>Asked before every state write with its key: true fails that write as an unreachable sidecar does.</summary>
    public Func<string, bool>? WriteUnreachable { get; set; }

    /// <summary>How many keys the state stores hold, to show that a refused request wrote nothing.</summary>
    public int StateCount
    {
        get
        {
            lock (_gate)
            {
                return _state.Count;
            }
        }
    }

    public TValue? StateOf<TValue>(string storeName, string key)
    {
        lock (_gate)
        {
            return _state.TryGetValue((storeName, key), out var entry) ? Deserialize<TValue>(entry.Json) : default;
        }
    }

    /// <summary>Writes state directly, as another writer (another replica, another delivery) would.</summary>
    public void Put<TValue>(string storeName, string key, TValue value)
    {
        lock (_gate)
        {
            _state[(storeName, key)] = (JsonSerializer.SerializeToUtf8Bytes(value, JsonSerializerOptions), Guid.NewGuid().ToString());
        }
    }

    public override async Task<TValue> GetStateAsync<TValue>(
        string storeName, string key, ConsistencyMode? consistencyMode = null,
        IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default) =>
        (await GetStateAndETagAsync<TValue>(storeName, key, consistencyMode, metadata, cancellationToken)).value;

    public override Task<(TValue value, string etag)> GetStateAndETagAsync<TValue>(
        string storeName, string key, ConsistencyMode? consistencyMode = null,
        IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
    {
        ThrowIfStateFails(storeName, key);
        lock (_gate)
        {
            return Task.FromResult(_state.TryGetValue((storeName, key), out var entry)
                ? (Deserialize<TValue>(entry.Json), entry.ETag)
                : (default(TValue)!, ""));
        }
    }

    public override Task<IReadOnlyList<BulkStateItem<TValue>>> GetBulkStateAsync<TValue>(
        string storeName, IReadOnlyList<string> keys, int? parallelism,
        IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
    {
        ThrowIfStateFails(storeName, string.Join(",", keys));
        lock (_gate)
        {
            IReadOnlyList<BulkStateItem<TValue>> items = keys
                .Select(key => _state.TryGetValue((storeName, key), out var entry)
                    ? new BulkStateItem<TValue>(key, Deserialize<TValue>(entry.Json), entry.ETag)
                    : new BulkStateItem<TValue>(key, default!, ""))
                .ToList();
            return Task.FromResult(items);
        }
    }

    public override Task SaveStateAsync<TValue>(
        string storeName, string key, TValue value, StateOptions? stateOptions = null,
        IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default) =>
        TrySaveStateAsync(storeName, key, value, "", stateOptions, metadata, cancellationToken);

    public override Task<bool> TrySaveStateAsync<TValue>(
        string storeName, string key, TValue value, string etag, StateOptions? stateOptions = null,
        IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
    {
        ThrowIfStateFails(storeName, key);
        if (WriteUnreachable?.Invoke(key) == true)
        {
            throw SidecarErrors.Unreachable("State");
        }

        var interloper = BeforeStateWrite;
        BeforeStateWrite = null;
        interloper?.Invoke(key);
        lock (_gate)
        {
            var exists = _state.TryGetValue((storeName, key), out var current);
            if (string.IsNullOrEmpty(etag))
            {
                if (exists && stateOptions?.Concurrency == ConcurrencyMode.FirstWrite)
                {
                    throw SidecarErrors.NoItemUpdated(storeName);
                }
            }
            else if (!exists || current.ETag != etag)
            {
                return Task.FromResult(false);
            }

            Put(storeName, key, value);
            return Task.FromResult(true);
        }
    }

    public override Task DeleteStateAsync(
        string storeName, string key, StateOptions? stateOptions = null,
        IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default) =>
        TryDeleteStateAsync(storeName, key, "", stateOptions, metadata, cancellationToken);

    public override Task<bool> TryDeleteStateAsync(
        string storeName, string key, string etag, StateOptions? stateOptions = null,
        IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
    {
        ThrowIfStateFails(storeName, key);
        lock (_gate)
        {
            if (!string.IsNullOrEmpty(etag) && (!_state.TryGetValue((storeName, key), out var current) || current.ETag != etag))
            {
                return Task.FromResult(false);
            }

            _state.Remove((storeName, key));
            return Task.FromResult(true);
        }
    }

    private TValue Deserialize<TValue>(byte[] json) => JsonSerializer.Deserialize<TValue>(json, JsonSerializerOptions)!;

    private void ThrowIfStateFails(string storeName, string key)
    {
        ThrowIfUnreachable("State");
        if (FailState)
        {
            throw SidecarErrors.StoreFailed(storeName, key);
        }
    }
}
