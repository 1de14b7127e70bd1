using System.Text.Json;
using Dapr;
using Dapr.Client;

namespace Ecommerce.Tests.Fakes;

/// <summary>
/// A sidecar in memory: records publishes and keeps state as JSON with ETags, honouring daprd's rules (an ETag must
/// match; no ETag with first-write concurrency only creates, and fails as a store error when the key exists). <see cref="Unavailable"/> makes every call fail as an
/// unreachable sidecar does. The rest of DaprClient is not used by the services and throws.
/// </summary>
public sealed partial class FakeDaprClient : DaprClient
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Store, string Key), (byte[] Value, string ETag)> _state = [];
    private readonly List<PublishedEvent> _published = [];
    private long _lastETag;

    public override JsonSerializerOptions JsonSerializerOptions { get; } = new(JsonSerializerDefaults.Web);

    public bool Unavailable { get; set; }

    /// <summary>Runs before each state write with its key: lets a test slip another writer in between read and write.</summary>
    public Action<string>? BeforeStateWrite { get; set; }

    public IReadOnlyList<PublishedEvent> Published
    {
        get
        {
            lock (_gate)
            {
                return [.. _published];
            }
        }
    }

    public IReadOnlyList<TEvent> PublishedOn<TEvent>(string topic) =>
        Published.Where(e => e.Topic == topic).Select(e => e.Data.Deserialize<TEvent>(JsonSerializerOptions)!).ToList();

    public TValue? StateOf<TValue>(string storeName, string key)
    {
        lock (_gate)
        {
            return _state.TryGetValue((storeName, key), out var entry) ? Deserialize<TValue>(entry.Value) : default;
        }
    }

    /// <summary>Writes state directly, as another writer (another replica, another delivery) would.</summary>
    public void Put<TValue>(string storeName, string key, TValue value)
    {
        lock (_gate)
        {
            _state[(storeName, key)] = (JsonSerializer.SerializeToUtf8Bytes(value, JsonSerializerOptions), NextETag());
        }
    }

    public override Task PublishEventAsync<TData>(
        string pubsubName, string topicName, TData data, CancellationToken cancellationToken = default) =>
        PublishEventAsync(pubsubName, topicName, data, [], cancellationToken);

    public override Task PublishEventAsync<TData>(
        string pubsubName, string topicName, TData data, Dictionary<string, string> metadata,
        CancellationToken cancellationToken = default)
    {
        ThrowIfUnavailable("Publish");
        var json = JsonSerializer.SerializeToElement(data, JsonSerializerOptions);
        lock (_gate)
        {
            _published.Add(new PublishedEvent(pubsubName, topicName, json, new Dictionary<string, string>(metadata)));
        }

        return Task.CompletedTask;
    }

    public override async Task<TValue> GetStateAsync<TValue>(
        string storeName, string key, ConsistencyMode? consistencyMode = null,
        IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default) =>
        (await GetStateAndETagAsync<TValue>(storeName, key, consistencyMode, metadata, cancellationToken)).value;

    public override Task<(TValue value, string etag)> GetStateAndETagAsync<TValue>(
        string storeName, string key, ConsistencyMode? consistencyMode = null,
        IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
    {
        ThrowIfUnavailable("State");
        lock (_gate)
        {
            return Task.FromResult(_state.TryGetValue((storeName, key), out var entry)
                ? (Deserialize<TValue>(entry.Value), entry.ETag)
                : (default(TValue)!, ""));
        }
    }

    public override Task<IReadOnlyList<BulkStateItem<TValue>>> GetBulkStateAsync<TValue>(
        string storeName, IReadOnlyList<string> keys, int? parallelism,
        IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
    {
        ThrowIfUnavailable("State");
        lock (_gate)
        {
            IReadOnlyList<BulkStateItem<TValue>> items = keys
                .Select(key => _state.TryGetValue((storeName, key), out var entry)
                    ? new BulkStateItem<TValue>(key, Deserialize<TValue>(entry.Value), entry.ETag)
                    : new BulkStateItem<TValue>(key, default!, ""))
                .ToList();
            return Task.FromResult(items);
        }
    }

    public override Task SaveStateAsync<TValue>(
        string storeName, string key, TValue value, StateOptions? stateOptions = null,
        IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default) =>
        TrySaveStateAsync(storeName, key, value, "", stateOptions, metadata, cancellationToken);

    /// <summary>
    /// daprd's rules: a wrong ETag is a mismatch (false); no ETag with first-write on an existing key is a plain
    /// store error ("no item was updated"), which the SDK surfaces as DaprException, not as false.
    /// </summary>
    public override Task<bool> TrySaveStateAsync<TValue>(
        string storeName, string key, TValue value, string etag, StateOptions? stateOptions = null,
        IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
    {
        ThrowIfUnavailable("State");
        var interloper = BeforeStateWrite;
        BeforeStateWrite = null;
        interloper?.Invoke(key);
        lock (_gate)
        {
            var exists = _state.TryGetValue((storeName, key), out var current);
            if (string.IsNullOrEmpty(etag) && exists && stateOptions?.Concurrency == ConcurrencyMode.FirstWrite)
            {
                throw new DaprException("State operation failed: the Dapr endpoint indicated a failure.",
                    new InvalidOperationException("no item was updated"));
            }

            if (!string.IsNullOrEmpty(etag) && (!exists || current.ETag != etag))
            {
                return Task.FromResult(false);
            }

            Put(storeName, key, value);
            return Task.FromResult(true);
        }
    }

    public override Task DeleteStateAsync(
        string storeName, string key, StateOptions? stateOptions = null,
        IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
    {
        ThrowIfUnavailable("State");
        lock (_gate)
        {
            _state.Remove((storeName, key));
        }

        return Task.CompletedTask;
    }

    private TValue Deserialize<TValue>(byte[] json) => JsonSerializer.Deserialize<TValue>(json, JsonSerializerOptions)!;

    private string NextETag() => Interlocked.Increment(ref _lastETag).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private void ThrowIfUnavailable(string operation)
    {
        if (Unavailable)
        {
            throw new DaprException($"{operation} operation failed: the Dapr endpoint indicated a failure.",
                new InvalidOperationException("The fake sidecar is unavailable."));
        }
    }
}
