using Ecommerce.Contracts;
using Ecommerce.EndToEnd.Clients;
using Ecommerce.EndToEnd.Hosting;

namespace Ecommerce.EndToEnd.Scenarios;

[Collection(EcommerceCollection.Name)]
public sealed class InventoryOutageTests(EcommerceFixture shop)
{
    // Inventory is "down" when its sidecar is: nothing delivers orders.new to it, the events wait in Kafka.
    private static readonly string InventorySidecar = EcommerceApp.SidecarOf("inventory");

    [Fact]
    public async Task An_order_is_cancelled_after_the_reservation_timeout_and_nothing_stays_reserved_once_Inventory_is_back()
    {
        var email = Customers.NewEmail("outage");
        var product = await shop.Catalog.CreateProductAsync(stockOnHand: 10);
        await shop.App.StopResourceAsync(InventorySidecar);
        OrderView cancelled;
        Guid orderId;
        try
        {
            orderId = await shop.Ordering.PlaceAsync(OrderRequest.For(email, (product, 3)));

            cancelled = await shop.Ordering.WaitForStatusAsync(orderId, "Cancelled", shop.ReservationTimeout + Waits.Step);
        }
        finally
        {
            await shop.App.StartResourceAsync(InventorySidecar);
        }

        Assert.Equal(CancellationReasons.ReservationTimeout, cancelled.CancellationReason);
        var placedAt = cancelled.Timeline.Single(entry => entry.Status == "Placed").OccurredAt;
        var cancelledAt = cancelled.Timeline.Single(entry => entry.Status == "Cancelled").OccurredAt;
        Assert.True(cancelledAt - placedAt >= shop.ReservationTimeout, $"Cancelled {cancelledAt - placedAt} after placement");

        // Back up, Inventory sees both the late orders.new and the release; whichever comes first, the order's
        // outcome ends Released and its units are on hand again.
        await Eventually.UntilAsync(
            ct => shop.Catalog.ReservationStatusAsync(orderId, ct), status => status == "Released", Waits.Step,
            $"Inventory to record order {orderId} as released");
        Assert.Equal((10, 0), (await shop.Inventory.GetProductAsync(product)).Stock);
    }
}
