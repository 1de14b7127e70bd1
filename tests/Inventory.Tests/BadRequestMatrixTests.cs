using Ecommerce.Contracts;
using Ecommerce.TestSupport;
using Ecommerce.TestSupport.Http;
using Ecommerce.TestSupport.Security;
using Npgsql;

namespace Ecommerce.Inventory.Tests;

/// <summary>
/// Requests Inventory must refuse, each answered with problem details naming the field, none changing stock, prices or
/// the catalog, or publishing anything.
/// </summary>
public sealed class BadRequestMatrixTests(PostgresFixture postgres) : InventoryTest(postgres)
{
    private const string Restock = "/products/sku-keyboard/restock";
    private const string Price = "/products/sku-keyboard/price";
    private const string NewProduct = """{"id":"sku-matrix","name":"Matrix","price":1}""";
    private static readonly string CustomerToken = TestTokens.Customer("matrix@example.com");

    public static readonly IReadOnlyDictionary<string, BadRequest> Cases = new Dictionary<string, BadRequest>
    {
        ["anonymous catalog"] = new("GET", "/products", 401, "Authorization") { Token = null },
        ["anonymous restock"] = new("POST", Restock, 401, "Authorization") { Body = """{"quantity":5}""", Token = null },
        ["expired token"] = new("GET", "/products/sku-keyboard", 401, "Authorization") { Token = BadInputs.Expired("operator@example.com") },
        ["customer restocks"] = new("POST", Restock, 403, "Authorization") { Body = """{"quantity":5}""", Token = CustomerToken },
        ["malformed restock body"] = new("POST", Restock, 400, "quantity") { Body = """{"quantity":""" },
        ["JSON array as restock body"] = new("POST", Restock, 400, "body") { Body = "[5]" },
        ["quantity as a word"] = new("POST", Restock, 400, "quantity") { Body = """{"quantity":"ten"}""" },
        ["fractional quantity"] = new("POST", Restock, 400, "quantity") { Body = """{"quantity":2.5}""" },
        ["20-digit quantity"] = new("POST", Restock, 400, "quantity") { Body = """{"quantity":99999999999999999999}""" },
        ["no quantity"] = new("POST", Restock, 400, "quantity") { Body = "{}" },
        ["JSON nested 5,000 deep"] = new("POST", Restock, 400, "body") { Body = BadInputs.DeepJson },
        ["body over 64 KiB"] = new("POST", Restock, 413, "body") { Body = BadInputs.HugeJson },
        ["restock body not JSON"] = new("POST", Restock, 415, "Content-Type") { Body = "quantity=5", ContentType = "application/x-www-form-urlencoded" },
        ["control character in a product id"] = new("GET", "/products/sku%01keyboard", 400, "id"),
        ["product id over 100 characters"] = new("POST", $"/products/{new string('p', 101)}/restock", 400, "id") { Body = """{"quantity":5}""" },
        ["anonymous new product"] = new("POST", "/products", 401, "Authorization") { Body = NewProduct, Token = null },
        ["customer adds a product"] = new("POST", "/products", 403, "Authorization") { Body = NewProduct, Token = CustomerToken },
        ["customer changes a price"] = new("PUT", Price, 403, "Authorization") { Body = """{"price":1}""", Token = CustomerToken },
        ["new product without an id"] = new("POST", "/products", 400, "id") { Body = """{"name":"Lamp","price":1}""" },
        ["new product id with a space"] = new("POST", "/products", 400, "id") { Body = """{"id":"a b","name":"Lamp","price":1}""" },
        ["new product name with a control character"] = new("POST", "/products", 400, "name") { Body = """{"id":"sku-x","name":"La\u0001mp","price":1}""" },
        ["new product price as a word"] = new("POST", "/products", 400, "price") { Body = """{"id":"sku-x","name":"Lamp","price":"cheap"}""" },
        ["new product with fractional stock"] = new("POST", "/products", 400, "stockOnHand") { Body = """{"id":"sku-x","name":"Lamp","price":1,"stockOnHand":1.5}""" },
        ["new product body not JSON"] = new("POST", "/products", 415, "Content-Type") { Body = "id=x", ContentType = "application/x-www-form-urlencoded" },
        ["negative price"] = new("PUT", Price, 400, "price") { Body = """{"price":-1}""" },
        ["price with a tenth of a cent"] = new("PUT", Price, 400, "price") { Body = """{"price":1.001}""" },
        ["price change without a price"] = new("PUT", Price, 400, "price") { Body = "{}" },
        ["price of a product id over 100 characters"] = new("PUT", $"/products/{new string('p', 101)}/price", 400, "id") { Body = """{"price":1}""" },
        ["event posted without the sidecar's token"] = new("POST", "/events/" + Topics.OrdersNew, 401, "dapr-api-token") { Body = "{}", ContentType = "application/cloudevents+json", WithAppToken = false },
    };

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Refused_with_a_problem_naming_the_field_and_nothing_written(string name)
    {
        var stockBefore = await TotalStockAsync();
        using var client = App.CreateClient();

        await ProblemAssert.RefusedAsync(client, Cases[name]);

        Assert.Equal(stockBefore, await TotalStockAsync());
        Assert.Empty(App.Dapr.Published);
    }

    private async Task<decimal> TotalStockAsync()
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT coalesce(sum(stock_on_hand), 0) + count(*) + coalesce(sum(price), 0) FROM products", connection);
        return Convert.ToDecimal(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
