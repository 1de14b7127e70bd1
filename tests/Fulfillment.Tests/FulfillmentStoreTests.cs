using Ecommerce.Contracts;
using Ecommerce.Fulfillment.Data;
using Ecommerce.TestSupport.Dapr;

namespace Ecommerce.Fulfillment.Tests;

/// <summary>The races daprd's state rules create, played deterministically against the fake sidecar.</summary>
public sealed class FulfillmentStoreTests
{
    private readonly FakeDaprClient _dapr = new();
    private readonly FulfillmentStore _store;

    public FulfillmentStoreTests() => _store = new FulfillmentStore(_dapr);

    [Fact]
    public async Task CreateAsync_AnotherDeliveryCreatesItFirst_ReturnsTheStoredOne()
    {
        var mine = Open(Guid.NewGuid(), DateTimeOffset.Parse("2026-01-01T10:00:00Z"));
        var theirs = mine with { CreatedAt = DateTimeOffset.Parse("2026-01-01T09:59:59Z") };
        _dapr.BeforeStateWrite = key => _dapr.Put(DaprComponents.FulfillmentStateStore, key, theirs);

        var stored = await _store.CreateAsync(mine, CancellationToken.None);

        Assert.Equal(theirs.CreatedAt, stored.CreatedAt);
    }

    [Fact]
    public async Task IndexAsync_AnotherWriterCreatesTheIndexFirst_KeepsBothIds()
    {
        var theirs = Guid.NewGuid();
        var mine = Guid.NewGuid();
        _dapr.BeforeStateWrite = key => _dapr.Put(DaprComponents.FulfillmentStateStore, key, new List<Guid> { theirs });

        Assert.True(await _store.IndexAsync(mine, CancellationToken.None));

        var index = _dapr.StateOf<List<Guid>>(DaprComponents.FulfillmentStateStore, FulfillmentStore.IndexKey);
        Assert.Equal([theirs, mine], index);
    }

    [Fact]
    public async Task IndexAsync_AnotherWriterUpdatesTheIndexMeanwhile_KeepsBothIds()
    {
        var first = Guid.NewGuid();
        var theirs = Guid.NewGuid();
        var mine = Guid.NewGuid();
        await _store.IndexAsync(first, CancellationToken.None);
        _dapr.BeforeStateWrite = key => _dapr.Put(DaprComponents.FulfillmentStateStore, key, new List<Guid> { first, theirs });

        Assert.True(await _store.IndexAsync(mine, CancellationToken.None));

        var index = _dapr.StateOf<List<Guid>>(DaprComponents.FulfillmentStateStore, FulfillmentStore.IndexKey);
        Assert.Equal([first, theirs, mine], index);
    }

    [Fact]
    public async Task IndexAsync_AnIdAlreadyIndexed_IsNotAddedTwice()
    {
        var id = Guid.NewGuid();

        await _store.IndexAsync(id, CancellationToken.None);
        await _store.IndexAsync(id, CancellationToken.None);

        Assert.Equal([id], _dapr.StateOf<List<Guid>>(DaprComponents.FulfillmentStateStore, FulfillmentStore.IndexKey));
    }

    private static OrderFulfillment Open(Guid orderId, DateTimeOffset now) =>
        new(FulfillmentIds.For(orderId), orderId, FulfillmentStatus.Processing, "1 Row", [], now, null);
}
