using System.Net;
using System.Net.Http.Json;
using Ecommerce.Contracts;
using Ecommerce.Contracts.Events;
using Ecommerce.Inventory.Data;
using Ecommerce.TestSupport;
using Ecommerce.TestSupport.Dapr;
using Microsoft.AspNetCore.Http;

namespace Ecommerce.Inventory.Tests;

/// <summary>The operator's catalog API: a new product, a price change, and what orders see afterwards.</summary>
public sealed class CatalogApiTests(PostgresFixture postgres) : InventoryTest(postgres)
{
    [Fact]
    public async Task CreateProduct_ValidProduct_Returns201WithTheProductAndItIsListed()
    {
        using var response = await Client.PostAsJsonAsync("/products", new { id = "sku-lamp", name = " Desk lamp ", price = 34.50m, stockOnHand = 12 });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("/products/sku-lamp", response.Headers.Location?.OriginalString);
        Assert.Equal(new Product("sku-lamp", "Desk lamp", 34.50m, 12, 0), await response.Content.ReadFromJsonAsync<Product>());
        Assert.Contains(await Client.GetFromJsonAsync<List<Product>>("/products") ?? [], p => p.Id == "sku-lamp");
    }

    [Fact]
    public async Task CreateProduct_NoStockGiven_StartsWithNoneOnHand()
    {
        using var response = await Client.PostAsJsonAsync("/products", new { id = "sku-pen", name = "Pen", price = 1m });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(0, await Database.StockOnHandAsync("sku-pen"));
    }

    [Fact]
    public async Task CreateProduct_IdTaken_Returns409NamingIdAndKeepsTheExistingProduct()
    {
        using var response = await Client.PostAsJsonAsync("/products", new { id = "sku-keyboard", name = "Other", price = 1m, stockOnHand = 1 });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"field\":\"id\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(new Product("sku-keyboard", "Mechanical keyboard", 89.90m, 100, 0), await Client.GetFromJsonAsync<Product>("/products/sku-keyboard"));
    }

    [Theory]
    [InlineData("""{"name":"Lamp","price":1}""", "id")]
    [InlineData("""{"id":"sku lamp","name":"Lamp","price":1}""", "id")]
    [InlineData("""{"id":"sku/lamp","name":"Lamp","price":1}""", "id")]
    [InlineData("""{"id":"sku-lamp","price":1}""", "name")]
    [InlineData("""{"id":"sku-lamp","name":"   ","price":1}""", "name")]
    [InlineData("""{"id":"sku-lamp","name":"Lamp"}""", "price")]
    [InlineData("""{"id":"sku-lamp","name":"Lamp","price":-0.01}""", "price")]
    [InlineData("""{"id":"sku-lamp","name":"Lamp","price":1.005}""", "price")]
    [InlineData("""{"id":"sku-lamp","name":"Lamp","price":10000000000}""", "price")]
    [InlineData("""{"id":"sku-lamp","name":"Lamp","price":1,"stockOnHand":-1}""", "stockOnHand")]
    [InlineData("""{"id":"sku-lamp","name":"Lamp","price":1,"stockOnHand":1000001}""", "stockOnHand")]
    public async Task CreateProduct_InvalidField_Returns400NamingTheFieldAndAddsNothing(string body, string field)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await Client.PostAsync("/products", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>();
        Assert.Equal([field], problem!.Errors.Keys);
        Assert.Equal(7, (await Client.GetFromJsonAsync<List<Product>>("/products"))!.Count);
    }

    [Fact]
    public async Task ChangePrice_KnownProduct_ReturnsTheProductAndNewReservationsPayIt()
    {
        using var response = await Client.PutAsJsonAsync("/products/sku-mouse/price", new { price = 19.95m });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(19.95m, (await response.Content.ReadFromJsonAsync<Product>())!.Price);
        await Daprd.DeliverAsync(Client, Topics.OrdersNew, Orders.Placed(("sku-mouse", 2)));
        var reserved = Assert.Single(App.Dapr.PublishedOn<StockReserved>(Topics.InventoryStockReserved));
        Assert.Equal(19.95m, Assert.Single(reserved.Lines).UnitPrice);
    }

    [Fact]
    public async Task ChangePrice_UnknownProduct_Returns404Problem()
    {
        using var response = await Client.PutAsJsonAsync("/products/sku-nope/price", new { price = 1m });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"price":-5}""")]
    [InlineData("""{"price":0.001}""")]
    public async Task ChangePrice_InvalidPrice_Returns400NamingPriceAndKeepsThePrice(string body)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await Client.PutAsync("/products/sku-mouse/price", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("price", (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!.Errors.Keys);
        Assert.Equal(24.99m, (await Client.GetFromJsonAsync<Product>("/products/sku-mouse"))!.Price);
    }
}
