using Ecommerce.Contracts;
using Ecommerce.TestSupport.Http;
using Ecommerce.TestSupport.Security;

namespace Ecommerce.Fulfillment.Tests;

/// <summary>
/// Requests Fulfillment must refuse, each answered with problem details naming the field, none writing state or
/// publishing anything.
/// </summary>
public sealed class BadRequestMatrixTests : FulfillmentTest
{
    private static readonly string Ship = $"/fulfillments/{Guid.NewGuid()}/ship";
    private static readonly string CustomerToken = TestTokens.Customer("matrix@example.com");

    public static readonly IReadOnlyDictionary<string, BadRequest> Cases = new Dictionary<string, BadRequest>
    {
        ["anonymous list"] = new("GET", "/fulfillments", 401, "Authorization") { Token = null },
        ["anonymous ship"] = new("POST", Ship, 401, "Authorization") { Token = null },
        ["token signed with another key"] = new("POST", Ship, 401, "Authorization") { Token = BadInputs.WrongSignature("operator@example.com") },
        ["customer lists"] = new("GET", "/fulfillments", 403, "Authorization") { Token = CustomerToken },
        ["customer ships"] = new("POST", Ship, 403, "Authorization") { Token = CustomerToken },
        ["unknown status"] = new("GET", "/fulfillments?status=LOST", 400, "status"),
        ["order id not a uuid"] = new("GET", "/fulfillments?orderId=42", 400, "orderId"),
        ["unknown query parameter"] = new("GET", "/fulfillments?limit=-1", 400, "limit"),
        ["event posted without the sidecar's token"] = new("POST", "/events/" + Topics.OrdersConfirmed, 401, "dapr-api-token") { Body = "{}", ContentType = "application/cloudevents+json", WithAppToken = false },
    };

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Refused_with_a_problem_naming_the_field_and_nothing_written(string name)
    {
        using var client = App.CreateClient();

        await ProblemAssert.RefusedAsync(client, Cases[name]);

        Assert.Equal(0, App.Dapr.StateCount);
        Assert.Empty(App.Dapr.Published);
    }
}
