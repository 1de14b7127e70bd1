using System.Net;
using Ecommerce.EndToEnd.Clients;
using Ecommerce.EndToEnd.Hosting;

namespace Ecommerce.EndToEnd.Scenarios;

[Collection(EcommerceCollection.Name)]
public class HappyPathTests(EcommerceFixture shop)
{
    [Fact]
    public async Task A_placed_order_is_confirmed_mailed_shipped_and_its_stock_leaves_the_warehouse()
    {
        var email = Customers.NewEmail("happy");
        var keyboard = await shop.Catalog.CreateProductAsync(stockOnHand: 10, price: 89.90m);
        var mouse = await shop.Catalog.CreateProductAsync(stockOnHand: 20, price: 24.99m);

        var orderId = await shop.Ordering.PlaceAsync(OrderRequest.For(email, (keyboard, 2), (mouse, 3)));

        var confirmed = await shop.Ordering.WaitForStatusAsync(orderId, "Confirmed", Waits.Step);
        Assert.Equal(254.77m, confirmed.Total);
        Assert.Equal([179.80m, 74.97m], confirmed.Lines.OrderBy(line => line.ProductId == mouse).Select(line => line.LineTotal));

        var confirmation = await shop.Mailbox.WaitForAsync(email, "is confirmed", Waits.Step);
        Assert.Equal([email], confirmation.To);
        Assert.Contains(orderId.ToString(), confirmation.Subject, StringComparison.Ordinal);
        Assert.Contains("x 2 @ 89.90 = 179.80", confirmation.TextBody, StringComparison.Ordinal);
        Assert.Contains("x 3 @ 24.99 = 74.97", confirmation.TextBody, StringComparison.Ordinal);
        Assert.Contains("Total: 254.77", confirmation.TextBody, StringComparison.Ordinal);

        var fulfillment = await shop.Fulfillment.WaitUntilReadyAsync(orderId, Waits.Step);

        using (var shipping = await shop.Fulfillment.ShipAsync(fulfillment.Id))
        {
            Assert.Equal(HttpStatusCode.OK, shipping.StatusCode);
        }

        var shipped = await shop.Ordering.WaitForStatusAsync(orderId, "Shipped", Waits.Step);
        Assert.Equal(["Placed", "Confirmed", "Shipped"], shipped.Timeline.Select(entry => entry.Status));
        var shippedMail = await shop.Mailbox.WaitForAsync(email, "has shipped", Waits.Step);
        Assert.Contains(orderId.ToString(), shippedMail.Subject, StringComparison.Ordinal);

        // Reserved units leave the books once Inventory has seen the shipment; stock on hand stays reduced.
        var keyboardAfter = await Eventually.UntilAsync(
            ct => shop.Inventory.GetProductAsync(keyboard, ct), product => product.Reserved == 0, Waits.Step, "the keyboard reservation to be committed");
        var mouseAfter = await Eventually.UntilAsync(
            ct => shop.Inventory.GetProductAsync(mouse, ct), product => product.Reserved == 0, Waits.Step, "the mouse reservation to be committed");
        Assert.Equal(8, keyboardAfter.StockOnHand);
        Assert.Equal(17, mouseAfter.StockOnHand);
        Assert.Equal(2, (await shop.Mailbox.ToAsync(email)).Count);
    }
}
