using Dapr;
using Dapr.Client;
using Ecommerce.LocalSidecar.Hosting;
using Ecommerce.LocalSidecar.Tests.Infrastructure;
using Grpc.Core;

namespace Ecommerce.LocalSidecar.Tests;

/// <summary>The state API as the real Dapr SDK sees it; run against every state store type.</summary>
public abstract class StateContractTests : IAsyncLifetime
{
    protected const string Store = "statestore";
    protected const string AppId = "shop";

    private TempResources? _resources;
    private LocalSidecarHost? _sidecar;

    protected DaprClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _resources = await CreateResourcesAsync();
        _sidecar = await Sidecars.StartAsync(AppId, _resources.Path);
        Client = Sidecars.Client(_sidecar);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_sidecar is not null)
        {
            await _sidecar.DisposeAsync();
        }

        _resources?.Dispose();
    }

    [Fact]
    public async Task SavedState_IsReadBackWithAnETag()
    {
        await Client.SaveStateAsync(Store, "order-1", new OrderEvent("order-1", 1));

        var (value, etag) = await Client.GetStateAndETagAsync<OrderEvent>(Store, "order-1");

        Assert.Equal(new OrderEvent("order-1", 1), value);
        Assert.False(string.IsNullOrEmpty(etag));
    }

    [Fact]
    public async Task TrySaveStateAsync_WithStaleETag_ReturnsFalseAndKeepsTheNewerValue()
    {
        await Client.SaveStateAsync(Store, "order-2", new OrderEvent("order-2", 1));
        var (_, etag) = await Client.GetStateAndETagAsync<OrderEvent>(Store, "order-2");

        Assert.True(await Client.TrySaveStateAsync(Store, "order-2", new OrderEvent("order-2", 2), etag));
        Assert.False(await Client.TrySaveStateAsync(Store, "order-2", new OrderEvent("order-2", 3), etag));

        Assert.Equal(2, (await Client.GetStateAsync<OrderEvent>(Store, "order-2")).Sequence);
    }

    [Fact]
    public async Task SaveWithStaleETag_ThroughAnApiThatThrows_FailsWithAborted()
    {
        await Client.SaveStateAsync(Store, "order-3", new OrderEvent("order-3", 1));
        var (_, etag) = await Client.GetStateAndETagAsync<OrderEvent>(Store, "order-3");
        await Client.SaveStateAsync(Store, "order-3", new OrderEvent("order-3", 2));

        var error = await Assert.ThrowsAsync<DaprException>(() =>
            Client.SaveBulkStateAsync(Store, [new SaveStateItem<OrderEvent>("order-3", new OrderEvent("order-3", 3), etag)]));

        var rpc = Assert.IsType<RpcException>(error.InnerException);
        Assert.Equal(StatusCode.Aborted, rpc.StatusCode);
        Assert.Contains("etag mismatch", rpc.Status.Detail);
    }

    [Fact]
    public async Task TryDeleteStateAsync_WithStaleETag_ReturnsFalse()
    {
        await Client.SaveStateAsync(Store, "order-4", new OrderEvent("order-4", 1));
        var (_, etag) = await Client.GetStateAndETagAsync<OrderEvent>(Store, "order-4");
        await Client.SaveStateAsync(Store, "order-4", new OrderEvent("order-4", 2));

        Assert.False(await Client.TryDeleteStateAsync(Store, "order-4", etag));
        Assert.NotNull(await Client.GetStateAsync<OrderEvent>(Store, "order-4"));
    }

    [Fact]
    public async Task FirstWriteConcurrency_OnAnExistingKeyWithoutETag_Fails()
    {
        await Client.SaveStateAsync(Store, "order-5", new OrderEvent("order-5", 1));

        await Assert.ThrowsAsync<DaprException>(() => Client.SaveStateAsync(
            Store, "order-5", new OrderEvent("order-5", 2), new StateOptions { Concurrency = ConcurrencyMode.FirstWrite }));
    }

    [Fact]
    public async Task StateTransaction_WithOneStaleETag_AppliesNothing()
    {
        await Client.SaveStateAsync(Store, "tx-a", new OrderEvent("tx-a", 1));
        await Client.SaveStateAsync(Store, "tx-b", new OrderEvent("tx-b", 1));
        var (_, staleB) = await Client.GetStateAndETagAsync<OrderEvent>(Store, "tx-b");
        await Client.SaveStateAsync(Store, "tx-b", new OrderEvent("tx-b", 2));

        await Assert.ThrowsAsync<DaprException>(() => Client.ExecuteStateTransactionAsync(Store,
        [
            Upsert("tx-a", new OrderEvent("tx-a", 9)),
            Upsert("tx-c", new OrderEvent("tx-c", 9)),
            new StateTransactionRequest("tx-b", null, StateOperationType.Delete, staleB),
        ]));

        Assert.Equal(1, (await Client.GetStateAsync<OrderEvent>(Store, "tx-a")).Sequence);
        Assert.Null(await Client.GetStateAsync<OrderEvent>(Store, "tx-c"));
        Assert.Equal(2, (await Client.GetStateAsync<OrderEvent>(Store, "tx-b")).Sequence);
    }

    [Fact]
    public async Task StateTransaction_AllValid_AppliesEveryOperation()
    {
        await Client.SaveStateAsync(Store, "tx-d", new OrderEvent("tx-d", 1));
        var (_, etag) = await Client.GetStateAndETagAsync<OrderEvent>(Store, "tx-d");

        await Client.ExecuteStateTransactionAsync(Store,
        [
            new StateTransactionRequest("tx-d", null, StateOperationType.Delete, etag),
            Upsert("tx-e", new OrderEvent("tx-e", 1)),
        ]);

        Assert.Null(await Client.GetStateAsync<OrderEvent>(Store, "tx-d"));
        Assert.Equal(1, (await Client.GetStateAsync<OrderEvent>(Store, "tx-e")).Sequence);
    }

    [Fact]
    public async Task GetBulkState_ReturnsEveryRequestedKey_EmptyWhenMissing()
    {
        await Client.SaveStateAsync(Store, "bulk-1", new OrderEvent("bulk-1", 1));

        var items = await Client.GetBulkStateAsync<OrderEvent>(Store, ["bulk-1", "bulk-missing"], parallelism: 1);

        Assert.Equal(new OrderEvent("bulk-1", 1), items.Single(i => i.Key == "bulk-1").Value);
        Assert.Null(items.Single(i => i.Key == "bulk-missing").Value);
    }

    [Fact]
    public async Task UnknownStore_FailsWithInvalidArgumentNamingIt()
    {
        var error = await Assert.ThrowsAsync<DaprException>(() => Client.GetStateAsync<OrderEvent>("nostore", "k"));

        var rpc = Assert.IsType<RpcException>(error.InnerException);
        Assert.Equal(StatusCode.InvalidArgument, rpc.StatusCode);
        Assert.Contains("nostore", rpc.Status.Detail);
    }

    protected abstract Task<TempResources> CreateResourcesAsync();

    private static StateTransactionRequest Upsert(string key, OrderEvent value) =>
        new(key, System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(value, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)), StateOperationType.Upsert);
}
