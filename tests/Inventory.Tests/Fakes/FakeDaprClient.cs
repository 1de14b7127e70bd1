using System.Text.Json;
using Dapr;
using Dapr.Client;

namespace Ecommerce.Tests.Fakes;

/// <summary>
/// A sidecar in memory: records publishes and keeps state as JSON with ETags, honouring daprd's rules (an ETag must
/// match; no ETag with first-write concurrency only creates). <see cref="Unavailable"/> makes every call fail as an
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
        TrySaveStateAsync(storeName, key, value, "", null, metadata, cancellationToken);

    public override Task<bool> TrySaveStateAsync<TValue>(
        string storeName, string key, TValue value, string etag, StateOptions? stateOptions = null,
        IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default)
    {
        ThrowIfUnavailable("State");
        lock (_gate)
        {
            var exists = _state.TryGetValue((storeName, key), out var current);
            var allowed = string.IsNullOrEmpty(etag)
                ? !exists || stateOptions?.Concurrency != ConcurrencyMode.FirstWrite
                : exists && current.ETag == etag;
            if (allowed)
            {
                _state[(storeName, key)] = (JsonSerializer.SerializeToUtf8Bytes(value, JsonSerializerOptions), NextETag());
            }

            return Task.FromResult(allowed);
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
