using Ecommerce.Contracts;
using Ecommerce.TestSupport;
using Ecommerce.TestSupport.Http;
using Ecommerce.TestSupport.Security;
using Npgsql;

namespace Ecommerce.Inventory.Tests;

/// <summary>
/// Requests Inventory must refuse, each answered with problem details naming the field, none changing stock or
/// publishing anything.
/// </summary>
public sealed class BadRequestMatrixTests(PostgresFixture postgres) : InventoryTest(postgres)
{
    private const string Restock = "/products/sku-keyboard/restock";
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

    private async Task<long> TotalStockAsync()
    {
        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT coalesce(sum(stock_on_hand), 0) + count(*) FROM products", connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
