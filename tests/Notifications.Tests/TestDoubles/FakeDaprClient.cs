using System.Collections.Concurrent;
using System.Text.Json;
using Dapr;
using Dapr.Client;
using Grpc.Core;

namespace Ecommerce.TestDoubles;

/// <summary>
/// A DaprClient for one service under test: publishes are recorded, state lives in memory with ETags and the
/// state.postgresql semantics the services rely on (first-write without an ETag inserts only; a stale ETag fails).
/// Failures are switched on to see how handlers answer when the sidecar or a store is down.
/// </summary>
public sealed partial class FakeDaprClient : DaprClient
{
    private readonly Dictionary<(string Store, string Key), (string Json, string ETag)> _state = [];
    private readonly Lock _gate = new();

    public override JsonSerializerOptions JsonSerializerOptions { get; } = new(JsonSerializerDefaults.Web);

    public ConcurrentQueue<PublishedEvent> Published { get; } = new();

    public bool FailPublishes { get; set; }

    public bool FailState { get; set; }

    public IEnumerable<PublishedEvent> PublishedTo(string topic) => Published.Where(p => p.Topic == topic);

    public T? Peek<T>(string store, string key)
    {
        lock (_gate)
        {
            return _state.TryGetValue((store, key), out var entry) ? JsonSerializer.Deserialize<T>(entry.Json, JsonSerializerOptions) : default;
        }
    }

    public void Put<T>(string store, string key, T value)
    {
        lock (_gate)
        {
            _state[(store, key)] = (JsonSerializer.Serialize(value, JsonSerializerOptions), Guid.NewGuid().ToString());
        }
    }

    public override Task PublishEventAsync<TData>(string pubsubName, string topicName, TData data, CancellationToken cancellationToken) =>
        PublishEventAsync(pubsubName, topicName, data, [], cancellationToken);

    public override Task PublishEventAsync<TData>(string pubsubName, string topicName, TData data, Dictionary<string, string> metadata, CancellationToken cancellationToken) =>
        Record(pubsubName, topicName, JsonSerializer.SerializeToElement(data, JsonSerializerOptions), metadata);

    public override Task PublishEventAsync(string pubsubName, string topicName, CancellationToken cancellationToken) =>
        Record(pubsubName, topicName, null, []);

    public override Task PublishEventAsync(string pubsubName, string topicName, Dictionary<string, string> metadata, CancellationToken cancellationToken) =>
        Record(pubsubName, topicName, null, metadata);

    public override Task PublishByteEventAsync(string pubsubName, string topicName, ReadOnlyMemory<byte> data, string dataContentType, Dictionary<string, string>? metadata, CancellationToken cancellationToken) =>
        Record(pubsubName, topicName, JsonSerializer.Deserialize<JsonElement>(data.Span), metadata ?? []);

    public override Task<TValue> GetStateAsync<TValue>(string storeName, string key, ConsistencyMode? consistencyMode, IReadOnlyDictionary<string, string>? metadata, CancellationToken cancellationToken) =>
        Task.FromResult(Read<TValue>(storeName, key).Value!);

    public override Task<(TValue value, string etag)> GetStateAndETagAsync<TValue>(string storeName, string key, ConsistencyMode? consistencyMode, IReadOnlyDictionary<string, string>? metadata, CancellationToken cancellationToken) =>
        Task.FromResult(Read<TValue>(storeName, key));

    public override Task SaveStateAsync<TValue>(string storeName, string key, TValue value, StateOptions? stateOptions, IReadOnlyDictionary<string, string>? metadata, CancellationToken cancellationToken)
    {
        if (!Write(storeName, key, value, etag: null, stateOptions))
        {
            throw StateFailure("possible etag mismatch: the key exists and first-write needs an ETag", StatusCode.Aborted);
        }

        return Task.CompletedTask;
    }

    public override Task<bool> TrySaveStateAsync<TValue>(string storeName, string key, TValue value, string etag, StateOptions? stateOptions, IReadOnlyDictionary<string, string>? metadata, CancellationToken cancellationToken) =>
        Task.FromResult(Write(storeName, key, value, etag, stateOptions));

    public override Task DeleteStateAsync(string storeName, string key, StateOptions? stateOptions, IReadOnlyDictionary<string, string>? metadata, CancellationToken cancellationToken)
    {
        Delete(storeName, key, etag: null);
        return Task.CompletedTask;
    }

    public override Task<bool> TryDeleteStateAsync(string storeName, string key, string etag, StateOptions? stateOptions, IReadOnlyDictionary<string, string>? metadata, CancellationToken cancellationToken) =>
        Task.FromResult(Delete(storeName, key, etag));

    private Task Record(string pubsubName, string topic, JsonElement? data, Dictionary<string, string> metadata)
    {
        if (FailPublishes)
        {
            throw new DaprException("Publish operation failed: the Dapr endpoint indicated a failure.", new RpcException(new Status(StatusCode.Unavailable, "sidecar down")));
        }

        Published.Enqueue(new PublishedEvent(pubsubName, topic, data, new Dictionary<string, string>(metadata)));
        return Task.CompletedTask;
    }

    private (TValue Value, string ETag) Read<TValue>(string store, string key)
    {
        ThrowIfStateFails();
        lock (_gate)
        {
            return _state.TryGetValue((store, key), out var entry)
                ? (JsonSerializer.Deserialize<TValue>(entry.Json, JsonSerializerOptions)!, entry.ETag)
                : (default!, "");
        }
    }

    private bool Write<TValue>(string store, string key, TValue value, string? etag, StateOptions? options)
    {
        ThrowIfStateFails();
        lock (_gate)
        {
            var exists = _state.TryGetValue((store, key), out var current);
            var insertOnly = string.IsNullOrEmpty(etag) && options?.Concurrency == ConcurrencyMode.FirstWrite;
            if ((insertOnly && exists) || (!string.IsNullOrEmpty(etag) && (!exists || current.ETag != etag)))
            {
                return false;
            }

            _state[(store, key)] = (JsonSerializer.Serialize(value, JsonSerializerOptions), Guid.NewGuid().ToString());
            return true;
        }
    }

    private bool Delete(string store, string key, string? etag)
    {
        ThrowIfStateFails();
        lock (_gate)
        {
            if (!string.IsNullOrEmpty(etag) && (!_state.TryGetValue((store, key), out var current) || current.ETag != etag))
            {
                return false;
            }

            return _state.Remove((store, key));
        }
    }

    private void ThrowIfStateFails()
    {
        if (FailState)
        {
            throw StateFailure("state store unavailable", StatusCode.Unavailable);
        }
    }

    private static DaprException StateFailure(string detail, StatusCode code) =>
        new("State operation failed: the Dapr endpoint indicated a failure. See InnerException for details.", new RpcException(new Status(code, detail)));
}
