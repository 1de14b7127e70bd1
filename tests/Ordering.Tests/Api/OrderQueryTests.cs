using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ecommerce.Contracts;
using Ecommerce.Ordering.Data;
using Ecommerce.Ordering.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Ecommerce.Ordering.Tests.Api;

[Collection(OrderingCollection.Name)]
public sealed class OrderQueryTests(OrderingFixture fixture)
{
    private OrderingHost Host => fixture.Standard;

    [Fact]
    public async Task PlaceOrder_Answers202WithLocationAndThePlacedOrder()
    {
        var response = await Host.PlaceAsync(OrderRequests.Valid("grace@example.com", ("SKU-7", 3)));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var order = await response.Content.ReadFromJsonAsync<OrderDetails>(OrderingHost.Json);
        Assert.Equal($"/orders/{order!.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal(OrderStatus.Placed, order.Status);
    }

    [Fact]
    public async Task PlaceOrder_AnswersTheOrderAsAGetShowsIt_LinesInTheirOrder()
    {
        var response = await Host.PlaceAsync(OrderRequests.Valid("grace@example.com", ("SKU-3", 1), ("SKU-1", 2), ("SKU-2", 5)));
        var placed = await response.Content.ReadAsStringAsync();
        var orderId = JsonDocument.Parse(placed).RootElement.GetProperty("id").GetGuid();

        var read = await Host.Client.GetStringAsync($"/orders/{orderId}");

        Assert.Equal(placed, read);
        Assert.Equal(["SKU-3", "SKU-1", "SKU-2"],
            JsonDocument.Parse(read).RootElement.GetProperty("lines").EnumerateArray().Select(line => line.GetProperty("productId").GetString()));
    }

    [Fact]
    public async Task GetOrder_JustPlaced_ShowsUnpricedLinesAndThePlacedEntry()
    {
        var orderId = await Host.PlaceOrderAsync("grace@example.com", ("SKU-7", 3));

        using var json = JsonDocument.Parse(await Host.Client.GetStringAsync($"/orders/{orderId}"));

        var root = json.RootElement;
        Assert.Equal(orderId, root.GetProperty("id").GetGuid());
        Assert.Equal("Placed", root.GetProperty("status").GetString());
        Assert.Equal("grace@example.com", root.GetProperty("customerEmail").GetString());
        Assert.Equal("12 Analytical Row, London", root.GetProperty("shippingAddress").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("total").ValueKind);
        var line = Assert.Single(root.GetProperty("lines").EnumerateArray());
        Assert.Equal("SKU-7", line.GetProperty("productId").GetString());
        Assert.Equal(3, line.GetProperty("quantity").GetInt32());
        Assert.Equal(JsonValueKind.Null, line.GetProperty("unitPrice").ValueKind);
        var entry = Assert.Single(root.GetProperty("timeline").EnumerateArray());
        Assert.Equal("Placed", entry.GetProperty("status").GetString());
        Assert.True(entry.TryGetProperty("occurredAt", out _));
    }

    [Fact]
    public async Task GetOrder_Confirmed_ShowsPricedLinesTotalAndTimeline()
    {
        var placed = await Scenario.PlaceConfirmedOrderAsync(Host);

        using var json = JsonDocument.Parse(await Host.Client.GetStringAsync($"/orders/{placed.Id}"));

        var root = json.RootElement;
        Assert.Equal("Confirmed", root.GetProperty("status").GetString());
        Assert.Equal(37.50m, root.GetProperty("total").GetDecimal());
        var first = root.GetProperty("lines")[0];
        Assert.Equal("Product SKU-1", first.GetProperty("productName").GetString());
        Assert.Equal(12.50m, first.GetProperty("unitPrice").GetDecimal());
        Assert.Equal(25.00m, first.GetProperty("lineTotal").GetDecimal());
        Assert.Equal(["Placed", "Confirmed"], root.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("status").GetString()!));
    }

    [Fact]
    public async Task GetOrder_Unknown_Answers404Problem()
    {
        var response = await Host.Client.GetAsync($"/orders/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ListOrders_ByEmail_ReturnsOnlyThatCustomersOrdersNewestFirst_IgnoringCase()
    {
        var email = $"{Guid.NewGuid():N}@example.com";
        var older = await Host.PlaceOrderAsync(email);
        var newer = await Host.PlaceOrderAsync(email);
        await Host.PlaceOrderAsync($"other-{email}");

        var orders = (await Host.ListOrdersAsync($"customerEmail={email.ToUpperInvariant()}")).Items;

        Assert.Equal([newer, older], orders.Select(o => o.Id));
        Assert.All(orders, o => Assert.Equal(OrderStatus.Placed, o.Status));
    }

    [Fact]
    public async Task PlaceOrder_PublishesOrdersNewKeyedByOrderId()
    {
        var orderId = await Host.PlaceOrderAsync("grace@example.com", ("SKU-7", 3));

        var message = await Host.Published.WaitForAsync(orderId, Topics.OrdersNew);

        Assert.Equal(DaprComponents.PubSub, message.PubsubName);
        Assert.Equal(orderId.ToString(), message.Metadata["partitionKey"]);
        var placed = message.Data<Contracts.Events.OrderPlaced>();
        Assert.Equal("grace@example.com", placed.CustomerEmail);
        Assert.Equal([new Contracts.Events.OrderLine("SKU-7", 3)], placed.Lines);
    }
}
