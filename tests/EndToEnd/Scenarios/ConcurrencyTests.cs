using System.Net;
using Ecommerce.Contracts;
using Ecommerce.EndToEnd.Clients;
using Ecommerce.EndToEnd.Hosting;

namespace Ecommerce.EndToEnd.Scenarios;

[Collection(EcommerceCollection.Name)]
public class ConcurrencyTests(EcommerceFixture shop)
{
    private const int InStock = 50;
    private const int Orders = 200;

    // Several customers placing at once, as in a rush; each one's orders are read back with GET /orders?customerEmail=.
    private const int CustomerCount = 4;

    private static readonly TimeSpan AllDecided = TimeSpan.FromMinutes(3);

    // A rush of 200 at once is more than Ordering takes in at a time (Ordering:Admission:MaxPlacing): some are told
    // to come back after Retry-After, as a real client would, until each is placed.
    private const int MaxAttempts = 30;

    [Fact]
    public async Task Two_hundred_concurrent_one_unit_orders_for_fifty_units_confirm_exactly_fifty_and_never_oversell()
    {
        var product = await shop.Catalog.CreateProductAsync(stockOnHand: InStock);
        var emails = Enumerable.Range(0, CustomerCount).Select(_ => Customers.NewEmail("rush")).ToList();

        var placed = await Task.WhenAll(Enumerable.Range(0, Orders).Select(
            i => PlaceWithRetryAsync(OrderRequest.For(emails[i % CustomerCount], (product, 1)), $"rush-{Guid.NewGuid():N}")));
        Assert.Equal(Orders, placed.Distinct().Count());

        var lowestStockSeen = int.MaxValue;
        var decided = await Eventually.UntilAsync(
            async ct =>
            {
                lowestStockSeen = Math.Min(lowestStockSeen, (await shop.Inventory.GetProductAsync(product, ct)).StockOnHand);
                var lists = await Task.WhenAll(emails.Select(email => shop.Ordering.ListAsync(email, ct)));
                return lists.SelectMany(list => list).ToList();
            },
            orders => orders.Count == Orders && orders.All(order => order.Status is "Confirmed" or "Cancelled"),
            AllDecided, $"all {Orders} orders to be confirmed or cancelled");

        Assert.Equal(InStock, decided.Count(order => order.Status == "Confirmed"));
        Assert.Equal(Orders - InStock, decided.Count(order => order.Status == "Cancelled"));
        Assert.True(lowestStockSeen >= 0, $"Stock on hand went down to {lowestStockSeen}");
        Assert.Equal((0, InStock), (await shop.Inventory.GetProductAsync(product)).Stock);
        var reasons = await Task.WhenAll(decided.Where(order => order.Status == "Cancelled")
            .Select(async order => (await shop.Ordering.GetAsync(order.Id)).CancellationReason));
        Assert.All(reasons, reason => Assert.Equal(CancellationReasons.InsufficientStock, reason));
    }

    /// <summary>
    /// Places an order the way Ordering asks a client to under load: a 503 (the shop is busy) kept nothing, so the same
    /// request is sent again with the same Idempotency-Key after the Retry-After it names.
    /// </summary>
    private async Task<Guid> PlaceWithRetryAsync(OrderRequest order, string idempotencyKey)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var response = await shop.Ordering.PostAsync(order, idempotencyKey);
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable && attempt < MaxAttempts)
            {
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
                continue;
            }

            Assert.True(response.StatusCode == HttpStatusCode.Accepted,
                $"POST /orders answered {(int)response.StatusCode} (attempt {attempt}): {await response.Content.ReadAsStringAsync()}");
            return OrderingClient.IdFromLocation(response);
        }
    }
}
