using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Ecommerce.Contracts;
using Ecommerce.Operations.Apis;
using Microsoft.AspNetCore.Mvc;

namespace Ecommerce.Operations.Tests;

[Collection(OperationsCollection.Name)]
public sealed class ReplayTests(OperationsFixture fixture)
{
    private async Task<DeadLetterSummary> KeepAsync(string topic, JsonObject envelope)
    {
        Assert.Equal("SUCCESS", (await fixture.Client.PostDeadLetterAsync(topic, envelope)).Status);
        var page = await fixture.Client.GetFromJsonAsync<DeadLetterPage>($"/deadletters?topic={envelope["topic"]}&pageSize=200");
        return Assert.Single(page!.Items, item => item.MessageId == envelope["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Replay_PublishesTheExactPayloadToTheOriginalTopic_KeyedByOrderId_AndRecordsIt()
    {
        var orderId = Guid.NewGuid();
        var data = DeadLetterDelivery.OrderEvent(orderId);
        var kept = await KeepAsync(Topics.OrdersNew, DeadLetterDelivery.Envelope(Topics.OrdersNew, data));

        var response = await fixture.Client.PostAsync($"/deadletters/{kept.Id}/replay", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var published = Assert.Single(fixture.App.Dapr.Published, p => p.PartitionKey == orderId.ToString());
        Assert.Equal(DaprComponents.PubSub, published.PubsubName);
        Assert.Equal(Topics.OrdersNew, published.Topic);
        Assert.True(JsonNode.DeepEquals(data, JsonNode.Parse(published.Data.GetRawText())));
        var replayed = await response.Content.ReadFromJsonAsync<DeadLetterDetails>();
        Assert.Equal(1, replayed!.ReplayCount);
        Assert.NotNull(replayed.ReplayedAt);
    }

    [Fact]
    public async Task ReplayTwice_PublishesTwiceAndCountsBoth()
    {
        var orderId = Guid.NewGuid();
        var kept = await KeepAsync(Topics.OrdersConfirmed, DeadLetterDelivery.Envelope(Topics.OrdersConfirmed, DeadLetterDelivery.OrderEvent(orderId)));

        await fixture.Client.PostAsync($"/deadletters/{kept.Id}/replay", null);
        await fixture.Client.PostAsync($"/deadletters/{kept.Id}/replay", null);

        Assert.Equal(2, fixture.App.Dapr.Published.Count(p => p.PartitionKey == orderId.ToString()));
        var details = await fixture.Client.GetFromJsonAsync<DeadLetterDetails>($"/deadletters/{kept.Id}");
        Assert.Equal(2, details!.ReplayCount);
    }

    [Fact]
    public async Task Replay_OfDataWithoutOrderId_PublishesWithoutPartitionKey()
    {
        var marker = Guid.NewGuid().ToString();
        var kept = await KeepAsync(Topics.FulfillmentOrderReady,
            DeadLetterDelivery.Envelope(Topics.FulfillmentOrderReady, new JsonObject { ["marker"] = marker }));

        var response = await fixture.Client.PostAsync($"/deadletters/{kept.Id}/replay", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var published = Assert.Single(fixture.App.Dapr.Published, p => p.Data.GetRawText().Contains(marker));
        Assert.Null(published.PartitionKey);
    }

    [Fact]
    public async Task Replay_WhenPublishingFails_Answers503AndRecordsNoReplay()
    {
        var kept = await KeepAsync(Topics.OrdersNew, DeadLetterDelivery.Envelope(Topics.OrdersNew, DeadLetterDelivery.OrderEvent(Guid.NewGuid())));

        fixture.App.Dapr.FailPublishes = true;
        HttpResponseMessage response;
        try
        {
            response = await fixture.Client.PostAsync($"/deadletters/{kept.Id}/replay", null);
        }
        finally
        {
            fixture.App.Dapr.FailPublishes = false;
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var details = await fixture.Client.GetFromJsonAsync<DeadLetterDetails>($"/deadletters/{kept.Id}");
        Assert.Equal(0, details!.ReplayCount);
        Assert.Null(details.ReplayedAt);
    }

    [Fact]
    public async Task Replay_ToATopicThatIsNoBusinessTopic_IsRefusedWith409()
    {
        var envelope = DeadLetterDelivery.Envelope("somewhere.else", DeadLetterDelivery.OrderEvent(Guid.NewGuid()));
        Assert.Equal("SUCCESS", (await fixture.Client.PostDeadLetterAsync(Topics.OrdersNew, envelope)).Status);
        var page = await fixture.Client.GetFromJsonAsync<DeadLetterPage>("/deadletters?topic=somewhere.else");
        var kept = Assert.Single(page!.Items, item => item.MessageId == envelope["id"]!.GetValue<string>());

        var response = await fixture.Client.PostAsync($"/deadletters/{kept.Id}/replay", null);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.DoesNotContain(fixture.App.Dapr.Published, p => p.Topic == "somewhere.else");
    }

    [Fact]
    public async Task Replay_OfAnUnknownDeadLetter_Is404Problem()
    {
        var response = await fixture.Client.PostAsync($"/deadletters/{Guid.NewGuid()}/replay", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.NotNull(await response.Content.ReadFromJsonAsync<ProblemDetails>());
    }
}
