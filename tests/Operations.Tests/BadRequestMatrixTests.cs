using Ecommerce.Contracts;
using Ecommerce.TestSupport.Http;
using Ecommerce.TestSupport.Security;
using Npgsql;

namespace Ecommerce.Operations.Tests;

/// <summary>
/// Requests Operations must refuse, each answered with problem details naming the field, none keeping, replaying or
/// deleting a dead letter.
/// </summary>
[Collection(OperationsCollection.Name)]
public sealed class BadRequestMatrixTests(OperationsFixture fixture)
{
    private static readonly Guid Letter = Guid.NewGuid();
    private static readonly string CustomerToken = TestTokens.Customer("matrix@example.com");

    public static readonly IReadOnlyDictionary<string, BadRequest> Cases = new Dictionary<string, BadRequest>
    {
        ["anonymous list"] = new("GET", "/deadletters", 401, "Authorization") { Token = null },
        ["anonymous replay"] = new("POST", $"/deadletters/{Letter}/replay", 401, "Authorization") { Token = null },
        ["anonymous delete"] = new("DELETE", $"/deadletters/{Letter}", 401, "Authorization") { Token = null },
        ["customer lists"] = new("GET", "/deadletters", 403, "Authorization") { Token = CustomerToken },
        ["customer replays"] = new("POST", $"/deadletters/{Letter}/replay", 403, "Authorization") { Token = CustomerToken },
        ["customer deletes"] = new("DELETE", $"/deadletters/{Letter}", 403, "Authorization") { Token = CustomerToken },
        ["limit=-1 (no such parameter)"] = new("GET", "/deadletters?limit=-1", 400, "limit"),
        ["negative page"] = new("GET", "/deadletters?page=-1", 400, "page"),
        ["page size not a number"] = new("GET", "/deadletters?pageSize=ten", 400, "pageSize"),
        ["page size 20 digits"] = new("GET", "/deadletters?pageSize=99999999999999999999", 400, "pageSize"),
        ["NUL in the topic"] = new("GET", "/deadletters?topic=orders.new%00", 400, "topic"),
        ["dead letter posted without the sidecar's token"] = new("POST", "/events/" + Topics.DeadLetterOf(Topics.OrdersNew), 401, "dapr-api-token") { Body = "{}", ContentType = "application/cloudevents+json", WithAppToken = false },
    };

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task BadOrUnauthorisedRequest_IsRefusedWithAProblemNamingTheField_AndWritesNothing(string name)
    {
        var (app, client, connectionString) = await fixture.StartAppAsync();

        await ProblemAssert.RefusedAsync(client, Cases[name]);

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(*) FROM dead_letters", connection);
        Assert.Equal(0L, (long)(await count.ExecuteScalarAsync())!);
        Assert.Empty(app.Dapr.Published);
    }
}
