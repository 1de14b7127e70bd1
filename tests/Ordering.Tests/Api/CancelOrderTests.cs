using System.Net;
using System.Net.Http.Json;
using Ecommerce.Contracts;
using Ecommerce.Ordering.Data;
using Ecommerce.Ordering.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Ecommerce.Ordering.Tests.Api;

[Collection(OrderingCollection.Name)]
public sealed class CancelOrderTests(OrderingFixture fixture)
{
    private OrderingHost Host => fixture.Standard;

    [Fact]
    public async Task Cancel_UnknownOrder_Answers404Problem()
    {
        var response = await Host.Client.PostAsync($"/orders/{Guid.NewGuid()}/cancel", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Cancel_ShippedOrder_Answers409AndChangesNothing()
    {
        var order = await Scenario.PlaceConfirmedOrderAsync(Host);
        await Host.DeliverAsync(Topics.FulfillmentOrderShipped, Scenario.ShippedFor(order.Id));
        await Host.WaitForStatusAsync(order.Id, OrderStatus.Shipped);

        var response = await Host.Client.PostAsync($"/orders/{order.Id}/cancel", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Equal("Shipped", problem!.Extensions["orderStatus"]!.ToString());
        await Host.WaitForWorkflowEndAsync(order.Id);
        Assert.Equal(OrderStatus.Shipped, (await Host.GetOrderAsync(order.Id)).Status);
        Assert.Empty(Host.Published.For(order.Id, Topics.InventoryStockReleased));
    }

    [Fact]
    public async Task Cancel_CancelledOrder_Answers409()
    {
        var orderId = await Host.PlaceOrderAsync("ada@example.com");
        await Host.Published.WaitForAsync(orderId, Topics.OrdersNew);
        await Host.DeliverAsync(Topics.OrdersCancelled, Scenario.RejectedBy(orderId, CancellationReasons.InsufficientStock));
        await Host.WaitForStatusAsync(orderId, OrderStatus.Cancelled);

        var response = await Host.Client.PostAsync($"/orders/{orderId}/cancel", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }
}
