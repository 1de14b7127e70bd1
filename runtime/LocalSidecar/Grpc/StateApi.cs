using Dapr.Client.Autogen.Grpc.v1;
using Ecommerce.LocalSidecar.Components;
using Ecommerce.LocalSidecar.Hosting;
using Ecommerce.LocalSidecar.State;
using Google.Protobuf;
using Grpc.Core;

namespace Ecommerce.LocalSidecar.Grpc;

/// <summary>daprd's state API over the loaded state stores: keys prefixed with the app id, ETag errors as Aborted,
/// every store call under the component's outbound resiliency policy.</summary>
public sealed class StateApi(SidecarComponents components, SidecarOptions options)
{
    public async Task<GetStateResponse> GetAsync(GetStateRequest request, CancellationToken cancellationToken)
    {
        var store = Store(request.StoreName);
        var key = StoreKey(request.Key);
        try
        {
            var entry = await Outbound(store, ct => store.GetAsync(key, ct), cancellationToken);
            return entry is null ? new GetStateResponse() : new GetStateResponse { Data = ByteString.CopyFrom(entry.Value), Etag = entry.ETag };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw DaprErrors.Get(request.Key, request.StoreName, e.Message);
        }
    }

    public async Task<GetBulkStateResponse> GetBulkAsync(GetBulkStateRequest request, CancellationToken cancellationToken)
    {
        var store = Store(request.StoreName);
        var response = new GetBulkStateResponse();
        if (request.Keys.Count == 0)
        {
            return response;
        }

        var keys = request.Keys.Select(StoreKey).ToList();
        Dictionary<string, StateEntry> found;
        try
        {
            found = (await Outbound(store, ct => store.GetManyAsync(keys, ct), cancellationToken)).ToDictionary(e => e.Key, StringComparer.Ordinal);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw DaprErrors.BulkGet(e.Message);
        }

        foreach (var (appKey, storeKey) in request.Keys.Zip(keys))
        {
            response.Items.Add(found.TryGetValue(storeKey, out var entry)
                ? new BulkStateItem { Key = appKey, Data = ByteString.CopyFrom(entry.Value), Etag = entry.ETag }
                : new BulkStateItem { Key = appKey });
        }

        return response;
    }

    public async Task SaveAsync(SaveStateRequest request, CancellationToken cancellationToken)
    {
        var store = Store(request.StoreName);
        if (request.States.Count == 0)
        {
            return;
        }

        var operations = request.States.Select(s => Upsert(s)).ToList();
        try
        {
            await ApplyAsync(store, operations, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException and not DaprApiException)
        {
            throw DaprErrors.Save(request.StoreName, AsStateException(e));
        }
    }

    public async Task DeleteAsync(DeleteStateRequest request, CancellationToken cancellationToken)
    {
        var store = Store(request.StoreName);
        var operation = new StateOperation(StoreKey(request.Key), null, request.Etag?.Value, false, null);
        try
        {
            await ApplyAsync(store, [operation], cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException and not DaprApiException)
        {
            throw DaprErrors.Delete(request.Key, AsStateException(e));
        }
    }

    public async Task TransactAsync(ExecuteStateTransactionRequest request, CancellationToken cancellationToken)
    {
        var store = Store(request.StoreName);
        var operations = request.Operations.Select(o => o.OperationType switch
        {
            "upsert" => Upsert(o.Request),
            "delete" => new StateOperation(StoreKey(o.Request.Key), null, o.Request.Etag?.Value, false, null),
            _ => throw DaprErrors.UnsupportedOperation(o.OperationType),
        }).ToList();
        try
        {
            await ApplyAsync(store, operations, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException and not DaprApiException)
        {
            throw DaprErrors.Transaction(e.Message);
        }
    }

    private static StateException AsStateException(Exception e) => e as StateException ?? new StateException(e.Message, false);

    // ETag and "no item was updated" failures are final, as daprd marks them permanent for its retry policy.
    private Task<T> Outbound<T>(IStateStore store, Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken) =>
        components.Outbound(store.Name).RunAsync(operation, e => e is StateException, cancellationToken);

    private Task ApplyAsync(IStateStore store, IReadOnlyList<StateOperation> operations, CancellationToken cancellationToken) =>
        Outbound(
            store,
            async ct =>
            {
                await store.ApplyAsync(operations, ct);
                return true;
            },
            cancellationToken);

    private StateOperation Upsert(StateItem item) => new(
        StoreKey(item.Key),
        item.Value.ToByteArray(),
        item.Etag?.Value,
        item.Options?.Concurrency == StateOptions.Types.StateConcurrency.ConcurrencyFirstWrite,
        item.Metadata.TryGetValue("ttlInSeconds", out var ttl) && int.TryParse(ttl, out var seconds) ? seconds : null,
        item.Metadata.TryGetValue("contentType", out var contentType) && contentType == "application/json");

    private IStateStore Store(string name)
    {
        if (components.StateStores.Count == 0)
        {
            throw DaprErrors.StateStoreNotConfigured(name);
        }

        return components.StateStores.TryGetValue(name, out var store) ? store : throw DaprErrors.StateStoreNotFound(name);
    }

    private string StoreKey(string key)
    {
        if (string.IsNullOrEmpty(key))
        {
            throw DaprErrors.EmptyKey();
        }

        return key.Contains(StateKeys.Separator, StringComparison.Ordinal) ? throw DaprErrors.InvalidKey(key) : StateKeys.ToStoreKey(options.AppId, key);
    }
}
