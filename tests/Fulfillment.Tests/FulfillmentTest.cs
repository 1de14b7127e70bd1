using Ecommerce.Contracts;
using Ecommerce.Contracts.Events;
using Ecommerce.Fulfillment.Data;
using Ecommerce.TestSupport.Dapr;

namespace Ecommerce.Fulfillment.Tests;

/// <summary>Each test: a fresh service with an empty fake sidecar.</summary>
public abstract class FulfillmentTest : IAsyncLifetime
{
    protected FulfillmentApp App { get; } = new();

    protected HttpClient Client { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Client = App.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
    }

    protected static OrderConfirmed Confirmed(Guid? orderId = null) =>
        new(orderId ?? Guid.NewGuid(), "ada@example.com", "1 Analytical Row, London",
            [new PricedLine("sku-keyboard", "Mechanical keyboard", 2, 89.90m)], 179.80m, DateTimeOffset.UtcNow);

    /// <summary>Delivers orders.confirmed and returns the id of the fulfilment it opened.</summary>
    protected async Task<Guid> ConfirmAsync(Guid orderId)
    {
        Assert.Equal(Daprd.Success, (await Daprd.DeliverAsync(Client, Topics.OrdersConfirmed, Confirmed(orderId))).Outcome);
        return FulfillmentIds.For(orderId);
    }

    protected OrderFulfillment? Stored(Guid fulfillmentId) =>
        App.Dapr.StateOf<OrderFulfillment>(DaprComponents.FulfillmentStateStore, FulfillmentStore.KeyOf(fulfillmentId));

    /// <summary>The ids the index lists under <paramref name="status"/>, over all its shards.</summary>
    protected List<Guid> Index(string status = FulfillmentStatus.Processing) =>
        [.. Enumerable.Range(0, FulfillmentIndex.ShardCount).SelectMany(shard =>
            App.Dapr.StateOf<List<Guid>>(DaprComponents.FulfillmentStateStore, FulfillmentIndex.KeyOf(status, shard)) ?? [])];
}
