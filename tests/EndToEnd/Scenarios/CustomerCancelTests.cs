using System.Net;
using Ecommerce.Contracts;
using Ecommerce.EndToEnd.Clients;
using Ecommerce.EndToEnd.Hosting;

namespace Ecommerce.EndToEnd.Scenarios;

[Collection(EcommerceCollection.Name)]
public class CustomerCancelTests(EcommerceFixture shop)
{
    [Fact]
    public async Task A_confirmed_order_cancelled_by_the_customer_gives_its_stock_back()
    {
        var email = Customers.NewEmail("cancel");
        var product = await shop.Catalog.CreateProductAsync(stockOnHand: 10);
        var orderId = await shop.Ordering.PlaceAsync(OrderRequest.For(email, (product, 4)));
        await shop.Ordering.WaitForStatusAsync(orderId, "Confirmed", Waits.Step);
        Assert.Equal((6, 4), (await shop.Inventory.GetProductAsync(product)).Stock);

        using (var cancel = await shop.Ordering.CancelAsync(orderId))
        {
            Assert.Equal(HttpStatusCode.Accepted, cancel.StatusCode);
        }

        var cancelled = await shop.Ordering.WaitForStatusAsync(orderId, "Cancelled", Waits.Step);
        Assert.Equal(CancellationReasons.CustomerCancelled, cancelled.CancellationReason);
        var released = await Eventually.UntilAsync(
            ct => shop.Inventory.GetProductAsync(product, ct), p => p.Reserved == 0, Waits.Step, "the reservation to be released");
        Assert.Equal((10, 0), released.Stock);
        var mail = await shop.Mailbox.WaitForAsync(email, "was cancelled", Waits.Step);
        Assert.Contains("you asked us to cancel it", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_shipped_order_can_no_longer_be_cancelled()
    {
        var email = Customers.NewEmail("late-cancel");
        var product = await shop.Catalog.CreateProductAsync(stockOnHand: 10);
        var orderId = await shop.Ordering.PlaceAsync(OrderRequest.For(email, (product, 1)));
        await shop.Ordering.WaitForStatusAsync(orderId, "Confirmed", Waits.Step);
        var fulfillment = await shop.Fulfillment.WaitUntilReadyAsync(orderId, Waits.Step);
        using (var shipping = await shop.Fulfillment.ShipAsync(fulfillment.Id))
        {
            Assert.Equal(HttpStatusCode.OK, shipping.StatusCode);
        }

        await shop.Ordering.WaitForStatusAsync(orderId, "Shipped", Waits.Step);

        using var cancel = await shop.Ordering.CancelAsync(orderId);

        Assert.Equal(HttpStatusCode.Conflict, cancel.StatusCode);
        Assert.Equal("Shipped", (await shop.Ordering.GetAsync(orderId)).Status);
        var stock = await Eventually.UntilAsync(
            ct => shop.Inventory.GetProductAsync(product, ct), p => p.Reserved == 0, Waits.Step, "the shipment to be committed");
        Assert.Equal((9, 0), stock.Stock);
    }
}
