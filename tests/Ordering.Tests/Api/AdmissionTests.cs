using System.Net;
using System.Net.Http.Json;
using Ecommerce.Contracts;
using Ecommerce.Ordering.Data;
using Ecommerce.Ordering.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Ecommerce.Ordering.Tests.Api;

/// <summary>Admission control: a saturated pipeline refuses new orders at the door, storing nothing, and recovers.</summary>
[Collection(OrderingCollection.Name)]
public sealed class AdmissionTests(OrderingFixture fixture) : IAsyncLifetime
{
    private const int MaxWaiting = 3;
    private OrderingHost? _host;

    private OrderingHost Host => _host!;

    public async Task InitializeAsync() =>
        _host = await OrderingHost.StartAsync(fixture.Postgres, "admission_" + Guid.NewGuid().ToString("N")[..8], TimeSpan.FromMinutes(1),
            settings: new Dictionary<string, string?>
            {
                ["Ordering:Admission:MaxWaiting"] = MaxWaiting.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Ordering:Admission:RefreshInterval"] = "00:00:00",
            });

    public async Task DisposeAsync() => await Host.DisposeAsync();

    [Fact]
    public async Task PlaceOrder_TooManyWaitingForStock_Answers503WithRetryAfterAndStoresNothing()
    {
        for (var i = 0; i < MaxWaiting; i++)
        {
            await Host.PlaceOrderAsync($"waiting-{i}@example.com");
        }

        var refusedEmail = $"{Guid.NewGuid():N}@example.com";
        using var refused = await Host.PlaceAsync(OrderRequests.Valid(refusedEmail), idempotencyKey: Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(refused.Headers.RetryAfter?.Delta);
        var problem = await refused.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Contains("Nothing was stored", problem!.Detail);
        Assert.Empty((await Host.ListOrdersAsync($"customerEmail={refusedEmail}")).Items);
    }

    [Fact]
    public async Task PlaceOrder_AfterTheWaitingOrdersAreAnswered_IsAcceptedAgain()
    {
        var waiting = new List<Guid>();
        for (var i = 0; i < MaxWaiting; i++)
        {
            waiting.Add(await Host.PlaceOrderAsync($"answered-{i}@example.com"));
        }

        using (var refused = await Host.PlaceAsync(OrderRequests.Valid("later@example.com")))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        }

        foreach (var orderId in waiting)
        {
            await Host.DeliverAsync(Topics.InventoryStockReserved, await Scenario.StockReservedFor(Host, orderId));
            await Host.WaitForStatusAsync(orderId, OrderStatus.Confirmed);
        }

        using var accepted = await Host.PlaceAsync(OrderRequests.Valid("later@example.com"));
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
    }
}
