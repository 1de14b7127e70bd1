using System.Net;
using System.Net.Http.Json;
using Ecommerce.Contracts;
using Ecommerce.Ordering.Data;
using Ecommerce.Ordering.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Ecommerce.Ordering.Tests.Api;

[Collection(OrderingCollection.Name)]
public sealed class IdempotencyTests(OrderingFixture fixture)
{
    private OrderingHost Host => fixture.Standard;

    [Fact]
    public async Task SameKeyAndBody_Twice_AnswersTheSameOrderAndPlacesOne()
    {
        var email = $"{Guid.NewGuid():N}@example.com";
        var key = Guid.NewGuid().ToString();

        var first = await Host.PlaceAsync(OrderRequests.Valid(email), key);
        var second = await Host.PlaceAsync(OrderRequests.Valid(email), key);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        var orders = (await Host.ListOrdersAsync($"customerEmail={email}")).Items;
        var order = Assert.Single(orders);
        await Host.Published.WaitForAsync(order.Id, Topics.OrdersNew);
        Assert.Single(Host.Published.For(order.Id, Topics.OrdersNew));
    }

    [Fact]
    public async Task SameKey_OtherBody_Answers422ProblemAndKeepsTheFirstOrder()
    {
        var email = $"{Guid.NewGuid():N}@example.com";
        var key = Guid.NewGuid().ToString();
        var first = await Host.PlaceAsync(OrderRequests.Valid(email, ("SKU-1", 1)), key);

        var second = await Host.PlaceAsync(OrderRequests.Valid(email, ("SKU-1", 5)), key);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        var problem = await second.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Equal("Idempotency-Key", problem!.Extensions["field"]!.ToString());
        var orders = (await Host.ListOrdersAsync($"customerEmail={email}")).Items;
        Assert.Equal(first.Headers.Location!.OriginalString, $"/orders/{Assert.Single(orders).Id}");
    }

    [Fact]
    public async Task SameKey_SentConcurrently_PlacesOneOrder()
    {
        var email = $"{Guid.NewGuid():N}@example.com";
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Host.PlaceAsync(OrderRequests.Valid(email), key)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        Assert.Single(responses.Select(r => r.Headers.Location).Distinct());
        var orders = (await Host.ListOrdersAsync($"customerEmail={email}")).Items;
        Assert.Single(orders);
    }

    [Fact]
    public async Task NoKey_SameBodyTwice_PlacesTwoOrders()
    {
        var email = $"{Guid.NewGuid():N}@example.com";

        var first = await Host.PlaceAsync(OrderRequests.Valid(email));
        var second = await Host.PlaceAsync(OrderRequests.Valid(email));

        Assert.NotEqual(first.Headers.Location, second.Headers.Location);
        var orders = (await Host.ListOrdersAsync($"customerEmail={email}")).Items;
        Assert.Equal(2, orders.Count);
    }
}
