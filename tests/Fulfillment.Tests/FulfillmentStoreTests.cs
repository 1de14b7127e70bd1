using Ecommerce.Contracts;
using Ecommerce.Fulfillment.Data;
using Ecommerce.TestSupport.Dapr;

namespace Ecommerce.Fulfillment.Tests;

/// <summary>The races daprd's state rules create, played deterministically against the fake sidecar.</summary>
public sealed class FulfillmentStoreTests
{
    private readonly FakeDaprClient _dapr = new();
    private readonly FulfillmentIndex _index;
    private readonly FulfillmentStore _store;

    public FulfillmentStoreTests()
    {
        _index = new FulfillmentIndex(_dapr);
        _store = new FulfillmentStore(_dapr, _index);
    }

    [Fact]
    public async Task When_another_delivery_creates_the_fulfilment_first_the_stored_one_is_returned()
    {
        var mine = Open(Guid.NewGuid(), DateTimeOffset.Parse("2026-01-01T10:00:00Z"));
        var theirs = mine with { CreatedAt = DateTimeOffset.Parse("2026-01-01T09:59:59Z") };
        _dapr.BeforeStateWrite = key => _dapr.Put(DaprComponents.FulfillmentStateStore, key, theirs);

        var stored = await _store.CreateAsync(mine, CancellationToken.None);

        Assert.Equal(theirs.CreatedAt, stored.CreatedAt);
    }

    [Fact]
    public async Task When_another_writer_creates_the_index_shard_first_both_ids_are_kept()
    {
        var mine = Guid.NewGuid();
        var theirs = SameShard(mine);
        _dapr.BeforeStateWrite = key => _dapr.Put(DaprComponents.FulfillmentStateStore, key, new List<Guid> { theirs });

        Assert.True(await _index.AddAsync(FulfillmentStatus.Processing, mine, CancellationToken.None));

        Assert.Equal([theirs, mine], Shard(FulfillmentStatus.Processing, mine));
    }

    [Fact]
    public async Task When_another_writer_updates_the_index_shard_meanwhile_both_ids_are_kept()
    {
        var first = Guid.NewGuid();
        var theirs = SameShard(first);
        var mine = SameShard(first);
        await _index.AddAsync(FulfillmentStatus.Processing, first, CancellationToken.None);
        _dapr.BeforeStateWrite = key => _dapr.Put(DaprComponents.FulfillmentStateStore, key, new List<Guid> { first, theirs });

        Assert.True(await _index.AddAsync(FulfillmentStatus.Processing, mine, CancellationToken.None));

        Assert.Equal([first, theirs, mine], Shard(FulfillmentStatus.Processing, mine));
    }

    [Fact]
    public async Task An_id_already_indexed_is_not_added_twice()
    {
        var id = Guid.NewGuid();

        await _index.AddAsync(FulfillmentStatus.Processing, id, CancellationToken.None);
        await _index.AddAsync(FulfillmentStatus.Processing, id, CancellationToken.None);

        Assert.Equal([id], Shard(FulfillmentStatus.Processing, id));
    }

    [Fact]
    public async Task Removing_an_id_takes_only_that_id_out_of_its_status()
    {
        var leaving = Guid.NewGuid();
        var staying = SameShard(leaving);
        await _index.AddAsync(FulfillmentStatus.Processing, leaving, CancellationToken.None);
        await _index.AddAsync(FulfillmentStatus.Processing, staying, CancellationToken.None);
        await _index.AddAsync(FulfillmentStatus.Shipped, leaving, CancellationToken.None);

        Assert.True(await _index.RemoveAsync(FulfillmentStatus.Processing, leaving, CancellationToken.None));

        Assert.Equal([staying], Shard(FulfillmentStatus.Processing, leaving));
        Assert.Equal([leaving], Shard(FulfillmentStatus.Shipped, leaving));
    }

    [Fact]
    public async Task An_id_indexed_under_a_status_its_fulfilment_does_not_have_is_not_listed()
    {
        var shipped = Open(Guid.NewGuid(), DateTimeOffset.Parse("2026-01-01T10:00:00Z")) with { Status = FulfillmentStatus.Shipped };
        await _store.CreateAsync(shipped, CancellationToken.None);
        await _index.AddAsync(FulfillmentStatus.Processing, shipped.Id, CancellationToken.None);
        await _index.AddAsync(FulfillmentStatus.Shipped, shipped.Id, CancellationToken.None);

        Assert.Empty(await _store.ListAsync([FulfillmentStatus.Processing], CancellationToken.None));
        Assert.Equal([shipped.Id], (await _store.ListAsync(FulfillmentStatus.All.ToList(), CancellationToken.None)).Select(f => f.Id));
    }

    private List<Guid>? Shard(string status, Guid id) =>
        _dapr.StateOf<List<Guid>>(DaprComponents.FulfillmentStateStore, FulfillmentIndex.KeyOf(status, id));

    // Writers only meet on a key when their ids fall in the same shard.
    private static Guid SameShard(Guid other)
    {
        while (true)
        {
            var id = Guid.NewGuid();
            if (FulfillmentIndex.KeyOf(FulfillmentStatus.Processing, id) == FulfillmentIndex.KeyOf(FulfillmentStatus.Processing, other))
            {
                return id;
            }
        }
    }

    private static OrderFulfillment Open(Guid orderId, DateTimeOffset now) =>
        new(FulfillmentIds.For(orderId), orderId, FulfillmentStatus.Processing, "1 Row", [], now, null);
}
