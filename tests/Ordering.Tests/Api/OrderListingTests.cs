using System.Net.Http.Json;
using System.Text.Json;
using Ecommerce.Contracts;
using Ecommerce.Ordering.Apis;
using Ecommerce.Ordering.Data;
using Ecommerce.Ordering.Tests.Infrastructure;
using Ecommerce.ServiceDefaults.Http;
using Ecommerce.TestSupport.Security;

namespace Ecommerce.Ordering.Tests.Api;

/// <summary>
/// GET /orders filtered by status and paged by the server. Each test lists one new customer's orders (the host is
/// shared), except where it checks everyone's.
/// </summary>
[Collection(OrderingCollection.Name)]
public sealed class OrderListingTests(OrderingFixture fixture)
{
    private OrderingHost Host => fixture.Standard;

    [Fact]
    public async Task ListOrders_ByStatus_ReturnsOnlyOrdersOfThatStatus_InAnyCase()
    {
        var email = NewCustomer();
        var placed = await Host.PlaceOrderAsync(email);
        var confirmed = (await Scenario.PlaceConfirmedOrderAsync(Host, email)).Id;
        var cancelled = await PlaceCancelledOrderAsync(email);

        Assert.Equal([placed], await IdsAsync($"customerEmail={email}&status=Placed"));
        Assert.Equal([confirmed], await IdsAsync($"customerEmail={email}&status=Confirmed"));
        Assert.Equal([cancelled], await IdsAsync($"customerEmail={email}&status=cancelled"));
        Assert.Empty(await IdsAsync($"customerEmail={email}&status=Shipped"));
        Assert.Equal([cancelled, confirmed, placed], await IdsAsync($"customerEmail={email}"));
    }

    [Fact]
    public async Task ListOrders_ByStatusOfEveryone_CountsAndReturnsOnlyThatStatus()
    {
        var confirmed = (await Scenario.PlaceConfirmedOrderAsync(Host, NewCustomer())).Id;

        var page = await Host.ListOrdersAsync($"status=Confirmed&pageSize={Paging.MaxPageSize}");

        Assert.All(page.Items, order => Assert.Equal(OrderStatus.Confirmed, order.Status));
        Assert.Contains(confirmed, page.Items.Select(order => order.Id));
        Assert.True(page.Total >= page.Items.Count, $"total {page.Total} counts at least the {page.Items.Count} listed");
        Assert.True((await Host.ListOrdersAsync("pageSize=1")).Total > page.Total, "every status counts more orders than one status");
    }

    [Fact]
    public async Task ListOrders_PageByPage_ReturnsEveryOrderOnceNewestFirst_WithTheTotal()
    {
        var email = NewCustomer();
        List<Guid> placed = [];
        for (var i = 0; i < 5; i++)
        {
            placed.Add(await Host.PlaceOrderAsync(email));
        }

        var pages = new List<OrderPage>();
        for (var number = 1; number <= 4; number++)
        {
            pages.Add(await Host.ListOrdersAsync($"customerEmail={email}&page={number}&pageSize=2"));
        }

        Assert.Equal([2, 2, 1, 0], pages.Select(page => page.Items.Count));
        Assert.All(pages, page => Assert.Equal(5, page.Total));
        Assert.All(pages, page => Assert.Equal(2, page.PageSize));
        Assert.Equal([1, 2, 3, 4], pages.Select(page => page.Page));
        Assert.Equal(Enumerable.Reverse(placed), pages.SelectMany(page => page.Items).Select(order => order.Id));
    }

    [Fact]
    public async Task ListOrders_AsACustomer_FiltersAndPagesOnlyTheirOwnOrders()
    {
        var email = NewCustomer();
        var first = await Host.PlaceOrderAsync(email);
        var second = await Host.PlaceOrderAsync(email);
        var cancelled = await PlaceCancelledOrderAsync(email);
        await Host.PlaceOrderAsync(NewCustomer());
        using var customer = Host.CreateClient(TestTokens.Customer(email));

        var all = await customer.GetFromJsonAsync<OrderPage>("/orders?pageSize=2", OrderingHost.Json);
        var secondPage = await customer.GetFromJsonAsync<OrderPage>("/orders?pageSize=2&page=2", OrderingHost.Json);
        var placed = await customer.GetFromJsonAsync<OrderPage>($"/orders?status=Placed&customerEmail={email.ToUpperInvariant()}", OrderingHost.Json);

        Assert.Equal(3, all!.Total);
        Assert.Equal([cancelled, second], all.Items.Select(order => order.Id));
        Assert.Equal([first], secondPage!.Items.Select(order => order.Id));
        Assert.Equal([second, first], placed!.Items.Select(order => order.Id));
        Assert.All(all.Items.Concat(placed.Items), order => Assert.Equal(email, order.CustomerEmail));
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheListsFiltersPagingAndAnswer()
    {
        using var document = JsonDocument.Parse(await Host.Client.GetStringAsync("/openapi/v1.json"));

        var list = document.RootElement.GetProperty("paths").GetProperty("/orders").GetProperty("get");
        Assert.Contains("total", list.GetProperty("description").GetString());
        var parameters = list.GetProperty("parameters").EnumerateArray()
            .ToDictionary(parameter => parameter.GetProperty("name").GetString()!, parameter => parameter.GetProperty("description").GetString());
        Assert.Equal(["customerEmail", "page", "pageSize", "status"], parameters.Keys.Order());
        Assert.Contains("Cancelled", parameters["status"]);
        Assert.Contains("200", parameters["pageSize"]);
        var answer = list.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        Assert.EndsWith("OrderPage", answer.GetProperty("$ref").GetString());
    }

    private static string NewCustomer() => $"list-{Guid.NewGuid():N}@example.com";

    private async Task<IReadOnlyList<Guid>> IdsAsync(string query) =>
        [.. (await Host.ListOrdersAsync(query)).Items.Select(order => order.Id)];

    private async Task<Guid> PlaceCancelledOrderAsync(string email)
    {
        var orderId = await Host.PlaceOrderAsync(email);
        await Host.Published.WaitForAsync(orderId, Topics.OrdersNew);
        await Host.DeliverAsync(Topics.OrdersCancelled, Scenario.RejectedBy(orderId, CancellationReasons.InsufficientStock));
        await Host.WaitForStatusAsync(orderId, OrderStatus.Cancelled);
        return orderId;
    }
}
