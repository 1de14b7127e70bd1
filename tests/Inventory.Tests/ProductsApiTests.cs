using System.Net;
using System.Net.Http.Json;
using Ecommerce.Contracts;
using Ecommerce.Contracts.Events;
using Ecommerce.Inventory.Data;
using Ecommerce.TestSupport;
using Ecommerce.TestSupport.Dapr;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Ecommerce.Inventory.Tests;

public sealed class ProductsApiTests(PostgresFixture postgres) : InventoryTest(postgres)
{
    [Fact]
    public async Task The_seeded_catalog_is_listed_with_decimal_prices_and_stock()
    {
        var products = await Client.GetFromJsonAsync<List<Product>>("/products");

        Assert.NotNull(products);
        Assert.Equal(7, products.Count);
        var keyboard = Assert.Single(products, p => p.Id == "sku-keyboard");
        Assert.Equal(new Product("sku-keyboard", "Mechanical keyboard", 89.90m, 100, 0), keyboard);
        Assert.Equal(50, products.Single(p => p.Id == "sku-limited-edition").StockOnHand);
    }

    [Fact]
    public async Task A_product_shows_what_orders_hold_apart_from_what_is_on_hand()
    {
        await Daprd.DeliverAsync(Client, Topics.OrdersNew, Orders.Placed(("sku-monitor", 3)));

        var monitor = await Client.GetFromJsonAsync<Product>("/products/sku-monitor");

        Assert.Equal(new Product("sku-monitor", "27-inch 4K monitor", 329.00m, 22, 3), monitor);
    }

    [Fact]
    public async Task An_unknown_product_is_a_404_problem()
    {
        using var response = await Client.GetAsync("/products/sku-nope");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        Assert.Contains("sku-nope", problem?.Detail);
    }

    [Fact]
    public async Task A_restock_adds_the_units_and_returns_the_product()
    {
        using var response = await Client.PostAsJsonAsync("/products/sku-webcam/restock", new { quantity = 15 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(55, (await response.Content.ReadFromJsonAsync<Product>())?.StockOnHand);
        Assert.Equal(55, await Database.StockOnHandAsync("sku-webcam"));
    }

    [Theory]
    [InlineData("{\"quantity\":0}")]
    [InlineData("{\"quantity\":-4}")]
    [InlineData("{\"quantity\":1000001}")]
    [InlineData("{}")]
    public async Task A_restock_with_an_invalid_quantity_is_a_validation_problem_naming_the_field(string body)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await Client.PostAsync("/products/sku-webcam/restock", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>();
        Assert.Contains("quantity", problem!.Errors.Keys);
        Assert.Equal(40, await Database.StockOnHandAsync("sku-webcam"));
    }

    [Fact]
    public async Task A_restock_of_an_unknown_product_is_a_404_problem()
    {
        using var response = await Client.PostAsJsonAsync("/products/sku-nope/restock", new { quantity = 1 });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_restock_beyond_the_largest_stock_is_a_409_and_changes_nothing()
    {
        await Database.AddProductAsync("sku-huge", 1m, int.MaxValue - 10);

        using var response = await Client.PostAsJsonAsync("/products/sku-huge/restock", new { quantity = 11 });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal(int.MaxValue - 10, await Database.StockOnHandAsync("sku-huge"));
    }

    [Fact]
    public async Task Restocked_units_can_be_reserved()
    {
        await Database.AddProductAsync("sku-empty", 5m, 0);
        await Client.PostAsJsonAsync("/products/sku-empty/restock", new { quantity = 2 });

        var outcome = await Daprd.DeliverAsync(Client, Topics.OrdersNew, Orders.Placed(("sku-empty", 2)));

        Assert.Equal(Daprd.Success, outcome.Outcome);
        Assert.Single(App.Dapr.PublishedOn<StockReserved>(Topics.InventoryStockReserved));
    }
}
