using System.Net;
using Ecommerce.EndToEnd.Clients;
using Ecommerce.EndToEnd.Hosting;

namespace Ecommerce.EndToEnd.Scenarios;

[Collection(EcommerceCollection.Name)]
public class IdempotencyTests(EcommerceFixture shop)
{
    [Fact]
    public async Task The_same_order_sent_twice_with_one_Idempotency_Key_is_one_order()
    {
        var email = Customers.NewEmail("twice");
        var product = await shop.Catalog.CreateProductAsync(stockOnHand: 10);
        var order = OrderRequest.For(email, (product, 2));
        var key = $"e2e-{Guid.NewGuid():N}";

        var first = await shop.Ordering.PlaceAsync(order, key);
        var second = await shop.Ordering.PlaceAsync(order, key);

        Assert.Equal(first, second);
        await shop.Ordering.WaitForStatusAsync(first, "Confirmed", Waits.Step);
        await shop.Mailbox.WaitForAsync(email, "is confirmed", Waits.Step);
        Assert.Equal([first], (await shop.Ordering.ListAsync(email)).Select(summary => summary.Id));
        Assert.Equal((8, 2), (await shop.Inventory.GetProductAsync(product)).Stock);
        Assert.Single(await shop.Mailbox.ToAsync(email));
    }

    [Fact]
    public async Task An_Idempotency_Key_reused_for_another_order_is_refused()
    {
        var email = Customers.NewEmail("reuse");
        var product = await shop.Catalog.CreateProductAsync(stockOnHand: 10);
        var key = $"e2e-{Guid.NewGuid():N}";
        var first = await shop.Ordering.PlaceAsync(OrderRequest.For(email, (product, 1)), key);

        using var reused = await shop.Ordering.PostAsync(OrderRequest.For(email, (product, 3)), key);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Equal([first], (await shop.Ordering.ListAsync(email)).Select(summary => summary.Id));
    }
}
