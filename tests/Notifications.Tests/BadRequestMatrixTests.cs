using Ecommerce.Contracts;
using Ecommerce.TestSupport.Http;
using Ecommerce.TestSupport.Security;

namespace Ecommerce.Notifications.Tests;

/// <summary>
/// Notifications has no public API, only subscription routes: without the sidecar's app token they answer 401, send
/// no mail, write no ledger entry and publish nothing — a bearer token does not stand in for the sidecar.
/// </summary>
[Collection(NotificationsCollection.Name)]
public sealed class BadRequestMatrixTests(NotificationsFixture fixture)
{
    private const string Recipient = "matrix@example.com";
    private static readonly string Confirmed = $$$"""{"data":{"orderId":"{{{Guid.NewGuid()}}}","customerEmail":"{{{Recipient}}}","lines":[],"total":1}}""";

    public static readonly IReadOnlyDictionary<string, BadRequest> Cases = new Dictionary<string, BadRequest>
    {
        ["event without the sidecar's token"] = new("POST", "/events/" + Topics.OrdersConfirmed, 401, "dapr-api-token") { Body = Confirmed, ContentType = "application/cloudevents+json", Token = null, WithAppToken = false },
        ["event with an operator's bearer token instead"] = new("POST", "/events/" + Topics.OrdersConfirmed, 401, "dapr-api-token") { Body = Confirmed, ContentType = "application/cloudevents+json", WithAppToken = false },
        ["event with a wrong sidecar token"] = new("POST", "/events/" + Topics.FulfillmentOrderShipped, 401, "dapr-api-token") { Body = Confirmed, ContentType = "application/cloudevents+json", WithAppToken = false, Headers = new Dictionary<string, string> { ["dapr-api-token"] = TestTokens.AppApiToken + "x" } },
        ["subscriptions read without the sidecar's token"] = new("GET", "/dapr/subscribe", 401, "dapr-api-token") { Token = null, WithAppToken = false },
    };

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task BadOrUnauthorisedRequest_IsRefusedWithAProblemNamingTheField_AndWritesNothing(string name)
    {
        var stateBefore = fixture.Dapr.StateCount;
        var publishedBefore = fixture.Dapr.Published.Count;
        using var client = fixture.CreateClient();

        await ProblemAssert.RefusedAsync(client, Cases[name]);

        Assert.Equal(stateBefore, fixture.Dapr.StateCount);
        Assert.Equal(publishedBefore, fixture.Dapr.Published.Count);
        Assert.Empty(fixture.MailTo(Recipient));
    }
}
