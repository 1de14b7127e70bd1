using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ecommerce.Contracts;
using Ecommerce.TestSupport.Dapr;

namespace Ecommerce.Operations.Tests;

/// <summary>daprd's app contract for Operations: one subscription per dead-letter topic, none with a dead-letter topic.</summary>
[Collection(OperationsCollection.Name)]
public sealed class SubscriptionContractTests(OperationsFixture fixture)
{
    [Fact]
    public async Task DaprSubscribe_ListsTheDeadLetterTopicOfEveryBusinessTopic_WithoutDeadLetterTopicsOfTheirOwn()
    {
        var subscriptions = await fixture.Client.GetFromJsonAsync<JsonElement>("/dapr/subscribe");

        var entries = subscriptions.EnumerateArray().ToList();
        Assert.Equal(Topics.All.Select(Topics.DeadLetterOf).Order(), entries.Select(e => e.GetProperty("topic").GetString()).Order());
        Assert.All(entries, entry =>
        {
            var topic = entry.GetProperty("topic").GetString()!;
            Assert.Equal("pubsub", entry.GetProperty("pubsubName").GetString());
            Assert.False(entry.TryGetProperty("deadLetterTopic", out var deadLetter) && deadLetter.ValueKind != JsonValueKind.Null);
            var route = entry.TryGetProperty("route", out var v1) ? v1.GetString()! : entry.GetProperty("routes").GetProperty("default").GetString()!;
            Assert.Equal("events/" + topic, route.TrimStart('/'));
        });
    }

    public static TheoryData<string> BusinessTopics() => new(Topics.All);

    [Theory]
    [MemberData(nameof(BusinessTopics))]
    public async Task EveryDeadLetterRoute_KeepsWhatItIsSent(string topic)
    {
        var envelope = DeadLetterDelivery.Envelope(topic, DeadLetterDelivery.OrderEvent(Guid.NewGuid()));

        var answer = await fixture.Client.PostDeadLetterAsync(topic, envelope);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("SUCCESS", answer.Status);
    }

    [Fact]
    public async Task APlainJsonDelivery_WithoutTheCloudEventContentType_IsKeptToo()
    {
        var envelope = DeadLetterDelivery.Envelope(Topics.OrdersNew, DeadLetterDelivery.OrderEvent(Guid.NewGuid()));

        var answer = await fixture.Client.PostToTopicAsync(Topics.DeadLetterOf(Topics.OrdersNew),
            System.Text.Encoding.UTF8.GetBytes(envelope.ToJsonString()), "application/json");

        Assert.Equal("SUCCESS", answer.Status);
        var page = await fixture.Client.GetFromJsonAsync<Apis.DeadLetterPage>($"/deadletters?topic={Topics.OrdersNew}&pageSize=200");
        Assert.Single(page!.Items, item => item.MessageId == envelope["id"]!.GetValue<string>());
    }
}
