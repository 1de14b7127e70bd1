using Ecommerce.Contracts;
using Ecommerce.EndToEnd.Clients;
using Ecommerce.EndToEnd.Hosting;

namespace Ecommerce.EndToEnd.Scenarios;

[Collection(EcommerceCollection.Name)]
public class RejectionTests(EcommerceFixture shop)
{
    [Fact]
    public async Task An_order_for_more_than_is_in_stock_is_cancelled_with_a_cancellation_mail_and_no_stock_moves()
    {
        var email = Customers.NewEmail("short");
        var plenty = await shop.Catalog.CreateProductAsync(stockOnHand: 10);
        var scarce = await shop.Catalog.CreateProductAsync(stockOnHand: 3);

        var orderId = await shop.Ordering.PlaceAsync(OrderRequest.For(email, (plenty, 2), (scarce, 4)));

        var cancelled = await shop.Ordering.WaitForStatusAsync(orderId, "Cancelled", Waits.Step);
        Assert.Equal(CancellationReasons.InsufficientStock, cancelled.CancellationReason);
        var mail = await shop.Mailbox.WaitForAsync(email, "was cancelled", Waits.Step);
        Assert.Contains(orderId.ToString(), mail.Subject, StringComparison.Ordinal);
        Assert.Contains("out of stock", mail.TextBody, StringComparison.Ordinal);

        // All or nothing: the line that could have been reserved was not either.
        Assert.Equal((10, 0), (await StockOf(plenty)).Stock);
        Assert.Equal((3, 0), (await StockOf(scarce)).Stock);
        Assert.Equal([mail.Subject], (await shop.Mailbox.ToAsync(email)).Select(m => m.Subject));
    }

    [Fact]
    public async Task An_order_naming_a_product_that_is_not_in_the_catalog_is_cancelled_as_unknown_product()
    {
        var email = Customers.NewEmail("unknown");
        var known = await shop.Catalog.CreateProductAsync(stockOnHand: 5);
        var unknown = $"e2e-missing-{Guid.NewGuid():N}";

        var orderId = await shop.Ordering.PlaceAsync(OrderRequest.For(email, (known, 1), (unknown, 1)));

        var cancelled = await shop.Ordering.WaitForStatusAsync(orderId, "Cancelled", Waits.Step);
        Assert.Equal(CancellationReasons.UnknownProduct, cancelled.CancellationReason);
        var mail = await shop.Mailbox.WaitForAsync(email, "was cancelled", Waits.Step);
        Assert.Contains("not in our catalogue", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal((5, 0), (await StockOf(known)).Stock);
    }

    private Task<ProductView> StockOf(string productId) => shop.Inventory.GetProductAsync(productId);
}
