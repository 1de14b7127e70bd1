using System.Net;
using Ecommerce.Contracts;
using Ecommerce.EndToEnd.Clients;
using Ecommerce.EndToEnd.Hosting;

namespace Ecommerce.EndToEnd.Scenarios;

[Collection(EcommerceCollection.Name)]
public sealed class RedeliveryTests(EcommerceFixture shop)
{
    [Fact]
    public async Task Every_event_delivered_twice_still_makes_one_reservation_one_mail_per_template_and_one_fulfilment()
    {
        Assert.True(shop.DeliveryCopies >= 2, "This scenario needs the sidecars to deliver every message more than once.");
        var email = Customers.NewEmail("twice-delivered");
        var product = await shop.Catalog.CreateProductAsync(stockOnHand: 10);
        var shipmentsMailed = await shop.Metrics("notifications").DeliveriesHandledAsync(Topics.FulfillmentOrderShipped);
        var shipmentsCommitted = await shop.Metrics("inventory").DeliveriesHandledAsync(Topics.FulfillmentOrderShipped);
        var orderId = await shop.Ordering.PlaceAsync(OrderRequest.For(email, (product, 3)));

        await shop.Ordering.WaitForStatusAsync(orderId, "Confirmed", Waits.Step);
        Assert.Equal((7, 3), (await shop.Inventory.GetProductAsync(product)).Stock);
        var fulfillment = await shop.Fulfillment.WaitUntilReadyAsync(orderId, Waits.Step);
        using (var shipping = await shop.Fulfillment.ShipAsync(fulfillment.Id))
        {
            Assert.Equal(HttpStatusCode.OK, shipping.StatusCode);
        }

        var shipped = await shop.Ordering.WaitForStatusAsync(orderId, "Shipped", Waits.Step);
        await shop.Mailbox.WaitForAsync(email, "has shipped", Waits.Step);
        var stock = await Eventually.UntilAsync(
            ct => shop.Inventory.GetProductAsync(product, ct), p => p.Reserved == 0, Waits.Step, "the shipment to be committed");

        // Count only once every copy of the last event was handled by both of its subscribers.
        await shop.Metrics("notifications").WaitForDeliveriesAsync(Topics.FulfillmentOrderShipped, shipmentsMailed + shop.DeliveryCopies, Waits.Step);
        await shop.Metrics("inventory").WaitForDeliveriesAsync(Topics.FulfillmentOrderShipped, shipmentsCommitted + shop.DeliveryCopies, Waits.Step);
        Assert.Equal((7, 0), stock.Stock);
        Assert.Equal(["Placed", "Confirmed", "Shipped"], shipped.Timeline.Select(entry => entry.Status));
        var mails = await shop.Mailbox.ToAsync(email);
        Assert.Equal(1, mails.Count(mail => mail.Subject.Contains("is confirmed", StringComparison.Ordinal)));
        Assert.Equal(1, mails.Count(mail => mail.Subject.Contains("has shipped", StringComparison.Ordinal)));
        Assert.Equal(2, mails.Count);
        Assert.Single(await shop.Fulfillment.ListAsync(orderId: orderId));
        Assert.Equal("Committed", await shop.Catalog.ReservationStatusAsync(orderId));
    }
}
