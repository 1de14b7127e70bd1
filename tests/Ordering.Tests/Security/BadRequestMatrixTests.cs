using Ecommerce.Contracts;
using Ecommerce.Ordering.Tests.Infrastructure;
using Ecommerce.TestSupport.Http;
using Ecommerce.TestSupport.Security;
using Npgsql;

namespace Ecommerce.Ordering.Tests.Security;

/// <summary>
/// Requests Ordering must refuse — unauthenticated, unauthorised or malformed — each answered with problem details
/// naming the field, and none leaving an order row or an orders.new event behind.
/// </summary>
[Collection(OrderingCollection.Name)]
public sealed class BadRequestMatrixTests(OrderingFixture fixture)
{
    private const string Customer = "matrix@example.com";
    private const string Valid = """{"shippingAddress":"1 Road","lines":[{"productId":"A","quantity":1}]}""";

    private static readonly string CustomerToken = TestTokens.Customer(Customer);

    public static readonly IReadOnlyDictionary<string, BadRequest> Cases = new Dictionary<string, BadRequest>
    {
        ["anonymous place"] = new("POST", "/orders", 401, "Authorization") { Body = Valid, Token = null },
        ["anonymous list"] = new("GET", "/orders", 401, "Authorization") { Token = null },
        ["anonymous read"] = new("GET", $"/orders/{Guid.NewGuid()}", 401, "Authorization") { Token = null },
        ["anonymous cancel"] = new("POST", $"/orders/{Guid.NewGuid()}/cancel", 401, "Authorization") { Token = null },
        ["token signed with another key"] = new("POST", "/orders", 401, "Authorization") { Body = Valid, Token = BadInputs.WrongSignature(Customer) },
        ["expired token"] = new("POST", "/orders", 401, "Authorization") { Body = Valid, Token = BadInputs.Expired(Customer) },
        ["token for another audience"] = new("GET", "/orders", 401, "Authorization") { Token = BadInputs.WrongAudience(Customer) },
        ["token from another issuer"] = new("GET", "/orders", 401, "Authorization") { Token = BadInputs.WrongIssuer(Customer) },
        ["machine token without an email places"] = new("POST", "/orders", 403, "Authorization") { Body = Valid, Token = TestTokens.Create(null, "operator") },
        ["customer lists another customer"] = new("GET", "/orders?customerEmail=ada@example.com", 403, "customerEmail") { Token = CustomerToken },
        ["malformed JSON"] = new("POST", "/orders", 400, "body") { Body = "{not json", Token = CustomerToken },
        ["JSON array as body"] = new("POST", "/orders", 400, "body") { Body = "[1,2,3]", Token = CustomerToken },
        ["JSON string as body"] = new("POST", "/orders", 400, "body") { Body = "\"an order\"", Token = CustomerToken },
        ["fractional quantity"] = new("POST", "/orders", 400, "lines[0].quantity") { Body = """{"shippingAddress":"1 Road","lines":[{"productId":"A","quantity":1.5}]}""", Token = CustomerToken },
        ["20-digit quantity"] = new("POST", "/orders", 400, "lines[0].quantity") { Body = """{"shippingAddress":"1 Road","lines":[{"productId":"A","quantity":12345678901234567890}]}""", Token = CustomerToken },
        ["quantity as a string"] = new("POST", "/orders", 400, "lines[0].quantity") { Body = """{"shippingAddress":"1 Road","lines":[{"productId":"A","quantity":"2"}]}""", Token = CustomerToken },
        ["NUL in the address"] = new("POST", "/orders", 400, "shippingAddress") { Body = """{"shippingAddress":"1 Road\u0000","lines":[{"productId":"A","quantity":1}]}""", Token = CustomerToken },
        ["NUL in a product id"] = new("POST", "/orders", 400, "lines[0].productId") { Body = """{"shippingAddress":"1 Road","lines":[{"productId":"A\u0000B","quantity":1}]}""", Token = CustomerToken },
        ["lone surrogate in the address"] = new("POST", "/orders", 400, "shippingAddress") { Body = """{"shippingAddress":"1 Road \ud800","lines":[{"productId":"A","quantity":1}]}""", Token = CustomerToken },
        ["JSON nested 5,000 deep"] = new("POST", "/orders", 400, "body") { Body = BadInputs.DeepJson, Token = CustomerToken },
        ["address over 500 characters"] = new("POST", "/orders", 400, "shippingAddress") { Body = $$"""{"shippingAddress":"{{new string('a', 501)}}","lines":[{"productId":"A","quantity":1}]}""", Token = CustomerToken },
        ["101 lines"] = new("POST", "/orders", 400, "lines") { Body = $$"""{"shippingAddress":"1 Road","lines":[{{string.Join(',', Enumerable.Range(0, 101).Select(i => $$"""{"productId":"P{{i}}","quantity":1}"""))}}]}""", Token = CustomerToken },
        ["body over 64 KiB"] = new("POST", "/orders", 413, "body") { Body = BadInputs.HugeJson, Token = CustomerToken },
        ["body not JSON"] = new("POST", "/orders", 415, "Content-Type") { Body = "shippingAddress=1 Road", ContentType = "text/plain", Token = CustomerToken },
        ["Idempotency-Key with spaces"] = new("POST", "/orders", 400, "Idempotency-Key") { Body = Valid, Token = CustomerToken, Headers = new Dictionary<string, string> { ["Idempotency-Key"] = "two words" } },
        ["Idempotency-Key over 200 characters"] = new("POST", "/orders", 400, "Idempotency-Key") { Body = Valid, Token = CustomerToken, Headers = new Dictionary<string, string> { ["Idempotency-Key"] = new string('k', 201) } },
        ["unknown query parameter"] = new("GET", "/orders?limit=-1", 400, "limit") { Token = CustomerToken },
        ["unknown status"] = new("GET", "/orders?status=Lost", 400, "status"),
        ["unknown status, as a customer"] = new("GET", "/orders?status=Pending", 400, "status") { Token = CustomerToken },
        ["page 0"] = new("GET", "/orders?page=0", 400, "page"),
        ["page not a number"] = new("GET", "/orders?page=two", 400, "page"),
        ["page size 0"] = new("GET", "/orders?pageSize=0", 400, "pageSize"),
        ["page size 201"] = new("GET", "/orders?pageSize=201", 400, "pageSize"),
        ["page size 20 digits"] = new("GET", "/orders?pageSize=99999999999999999999", 400, "pageSize"),
        ["NUL in customerEmail"] = new("GET", "/orders?customerEmail=a%00b@example.com", 400, "customerEmail"),
        ["event posted without the sidecar's token"] = new("POST", "/events/" + Topics.InventoryStockReserved, 401, "dapr-api-token") { Body = "{}", ContentType = "application/cloudevents+json", WithAppToken = false },
        ["event posted with a wrong sidecar token"] = new("POST", "/events/" + Topics.InventoryStockReserved, 401, "dapr-api-token") { Body = "{}", ContentType = "application/cloudevents+json", WithAppToken = false, Headers = new Dictionary<string, string> { ["dapr-api-token"] = "guess" } },
        ["subscriptions read without the sidecar's token"] = new("GET", "/dapr/subscribe", 401, "dapr-api-token") { WithAppToken = false },
    };

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task BadOrUnauthorisedRequest_IsRefusedWithAProblemNamingTheField_AndWritesNothing(string name)
    {
        var host = fixture.Standard;
        var ordersBefore = await CountOrdersAsync(host);
        var placedBefore = host.Published.Messages.Count(m => m.Topic == Topics.OrdersNew);
        using var client = host.CreateClient(token: null);

        await ProblemAssert.RefusedAsync(client, Cases[name]);

        Assert.Equal(ordersBefore, await CountOrdersAsync(host));
        Assert.Equal(placedBefore, host.Published.Messages.Count(m => m.Topic == Topics.OrdersNew));
    }

    [Fact]
    public async Task OrderOwner_AnotherCustomersOrder_IsRefused_AndTheirOwnIsReadAndCancelled()
    {
        var host = fixture.Standard;
        var graces = await host.PlaceOrderAsync("grace@example.com");
        using var ada = host.CreateClient(TestTokens.Customer("ada@example.com"));

        await ProblemAssert.IsProblemAsync(await ada.GetAsync($"/orders/{graces}"), 403, "Authorization");
        await ProblemAssert.IsProblemAsync(await ada.PostAsync($"/orders/{graces}/cancel", null), 403, "Authorization");
        Assert.Equal("Placed", (await host.GetOrderAsync(graces)).Status);
    }

    private static async Task<long> CountOrdersAsync(OrderingHost host)
    {
        await using var connection = new NpgsqlConnection(host.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM orders", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
