using Ecommerce.Contracts;
using Ecommerce.EndToEnd.Clients;
using Ecommerce.EndToEnd.Hosting;

namespace Ecommerce.EndToEnd.Scenarios;

[Collection(ReplicasCollection.Name)]
public sealed class ReplicaTests(ReplicasFixture shop)
{
    private const int Orders = 30;

    [Fact]
    public async Task With_two_replicas_of_Ordering_and_Inventory_orders_placed_through_either_are_all_confirmed_and_both_replicas_of_each_take_events()
    {
        var product = await shop.Catalog.CreateProductAsync(stockOnHand: 100);
        var email = Customers.NewEmail("replicas");
        var reservationsBefore = await DeliveriesAsync(Topics.OrdersNew, "inventory", "inventory-2");
        var reservedBefore = await DeliveriesAsync(Topics.InventoryStockReserved, "ordering", "ordering-2");
        var entrances = new[] { shop.OrderingReplica("ordering"), shop.OrderingReplica("ordering-2") };

        var placed = await Task.WhenAll(Enumerable.Range(0, Orders).Select(i => entrances[i % 2].PlaceAsync(OrderRequest.For(email, (product, 1)))));

        // The stock-reserved event reaches whichever Ordering replica owns its partition; the workflow waiting for it may
        // have been started by the other one: the shared workflow store carries it over.
        var confirmed = await Task.WhenAll(placed.Select(id => shop.Ordering.WaitForStatusAsync(id, "Confirmed", Waits.Step)));
        Assert.All(confirmed, order => Assert.Equal(["Placed", "Confirmed"], order.Timeline.Select(entry => entry.Status)));
        Assert.Equal((100 - Orders, Orders), (await shop.Inventory.GetProductAsync(product)).Stock);
        var reservations = Minus(await DeliveriesAsync(Topics.OrdersNew, "inventory", "inventory-2"), reservationsBefore);
        var reserved = Minus(await DeliveriesAsync(Topics.InventoryStockReserved, "ordering", "ordering-2"), reservedBefore);
        Assert.All(reservations, count => Assert.True(count > 0, $"each Inventory replica handled orders.new (handled: {string.Join(", ", reservations)})"));
        Assert.All(reserved, count => Assert.True(count > 0, $"each Ordering replica handled inventory.stock.reserved (handled: {string.Join(", ", reserved)})"));
        Assert.True(reservations.Sum() >= Orders);
    }

    private async Task<long[]> DeliveriesAsync(string topic, params string[] replicas) =>
        await Task.WhenAll(replicas.Select(replica => shop.Metrics(replica).DeliveriesHandledAsync(topic)));

    private static long[] Minus(long[] after, long[] before) => [.. after.Zip(before, (a, b) => a - b)];
}
