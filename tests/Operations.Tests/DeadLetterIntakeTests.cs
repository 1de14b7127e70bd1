using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ecommerce.Contracts;
using Ecommerce.Operations.Apis;
using Ecommerce.TestSupport.Dapr;

namespace Ecommerce.Operations.Tests;

[Collection(OperationsCollection.Name)]
public sealed class DeadLetterIntakeTests(OperationsFixture fixture)
{
    private async Task<DeadLetterDetails> FindByMessageIdAsync(string topic, string messageId)
    {
        var page = await fixture.Client.GetFromJsonAsync<DeadLetterPage>($"/deadletters?topic={topic}&pageSize=200");
        var summary = Assert.Single(page!.Items, item => item.MessageId == messageId);
        return (await fixture.Client.GetFromJsonAsync<DeadLetterDetails>($"/deadletters/{summary.Id}"))!;
    }

    [Fact]
    public async Task ADeadLetter_IsKeptWithItsOriginalCloudEventTopicErrorAndAttempts()
    {
        var data = DeadLetterDelivery.OrderEvent(Guid.NewGuid());
        var envelope = DeadLetterDelivery.Envelope(Topics.OrdersNew, data, reason: "inventory answered RETRY 6 times", attempts: 6);

        var answer = await fixture.Client.PostDeadLetterAsync(Topics.OrdersNew, envelope);

        Assert.Equal("SUCCESS", answer.Status);
        var kept = await FindByMessageIdAsync(Topics.OrdersNew, envelope["id"]!.GetValue<string>());
        Assert.Equal(Topics.OrdersNew, kept.OriginalTopic);
        Assert.Equal("orders.new.deadletter", kept.DeadLetterTopic);
        Assert.Equal("inventory answered RETRY 6 times", kept.Error);
        Assert.Equal(6, kept.Attempts);
        Assert.Null(kept.ReplayedAt);
        Assert.Equal(0, kept.ReplayCount);
        Assert.True(JsonNode.DeepEquals(data, JsonNode.Parse(kept.Payload.GetRawText())));
        Assert.True(JsonNode.DeepEquals(envelope, JsonNode.Parse(kept.Envelope.GetRawText())));
    }

    [Fact]
    public async Task ADeadLetterDeliveredTwice_IsKeptOnce()
    {
        var envelope = DeadLetterDelivery.Envelope(Topics.OrdersConfirmed, DeadLetterDelivery.OrderEvent(Guid.NewGuid()));

        Assert.Equal("SUCCESS", (await fixture.Client.PostDeadLetterAsync(Topics.OrdersConfirmed, envelope)).Status);
        Assert.Equal("SUCCESS", (await fixture.Client.PostDeadLetterAsync(Topics.OrdersConfirmed, envelope)).Status);

        await FindByMessageIdAsync(Topics.OrdersConfirmed, envelope["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnEnvelopeWhoseTopicIsTheDeadLetterTopic_KeepsTheTopicNamedByTheDeadLetterTopic()
    {
        var envelope = DeadLetterDelivery.Envelope(Topics.DeadLetterOf(Topics.InventoryStockReserved), DeadLetterDelivery.OrderEvent(Guid.NewGuid()));

        await fixture.Client.PostDeadLetterAsync(Topics.InventoryStockReserved, envelope);

        var kept = await FindByMessageIdAsync(Topics.InventoryStockReserved, envelope["id"]!.GetValue<string>());
        Assert.Equal(Topics.InventoryStockReserved, kept.OriginalTopic);
    }

    [Fact]
    public async Task ARawPayloadDelivery_KeepsTheCloudEventCarriedInDataBase64()
    {
        var original = DeadLetterDelivery.Envelope(Topics.FulfillmentOrderShipped, DeadLetterDelivery.OrderEvent(Guid.NewGuid()));
        var deadLetterTopic = Topics.DeadLetterOf(Topics.FulfillmentOrderShipped);
        var wrapper = new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(),
            ["source"] = "operations",
            ["type"] = "com.dapr.event.sent",
            ["specversion"] = "1.0",
            ["datacontenttype"] = "application/octet-stream",
            ["data_base64"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(original.ToJsonString())),
            ["topic"] = deadLetterTopic,
            ["pubsubname"] = "pubsub",
        };

        var answer = await fixture.Client.PostToTopicAsync(deadLetterTopic, Encoding.UTF8.GetBytes(wrapper.ToJsonString()));

        Assert.Equal("SUCCESS", answer.Status);
        var kept = await FindByMessageIdAsync(Topics.FulfillmentOrderShipped, original["id"]!.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(original, JsonNode.Parse(kept.Envelope.GetRawText())));
        Assert.Equal("handler answered RETRY", kept.Error);
    }

    [Fact]
    public async Task BytesThatAreNoCloudEvent_AreKeptAsTextRatherThanLost()
    {
        var deadLetterTopic = Topics.DeadLetterOf(Topics.InventoryStockReleased);
        var body = Encoding.UTF8.GetBytes("this is not json " + Guid.NewGuid());

        var first = await fixture.Client.PostToTopicAsync(deadLetterTopic, body, "application/octet-stream");
        var again = await fixture.Client.PostToTopicAsync(deadLetterTopic, body, "application/octet-stream");

        Assert.Equal("SUCCESS", first.Status);
        Assert.Equal("SUCCESS", again.Status);
        var page = await fixture.Client.GetFromJsonAsync<DeadLetterPage>($"/deadletters?topic={Topics.InventoryStockReleased}&pageSize=200");
        var kept = Assert.Single(page!.Items, item => item.Error == "not a CloudEvent" && item.MessageId.StartsWith("sha256:"));
        var details = await fixture.Client.GetFromJsonAsync<DeadLetterDetails>($"/deadletters/{kept.Id}");
        Assert.Equal(Encoding.UTF8.GetString(body), details!.Payload.GetString());
    }

    [Fact]
    public async Task AttemptsWrittenAsAString_AreRead()
    {
        var envelope = DeadLetterDelivery.Envelope(Topics.OrdersCancelled, DeadLetterDelivery.OrderEvent(Guid.NewGuid()), attempts: null);
        envelope["deadletterattempts"] = "4";

        await fixture.Client.PostDeadLetterAsync(Topics.OrdersCancelled, envelope);

        Assert.Equal(4, (await FindByMessageIdAsync(Topics.OrdersCancelled, envelope["id"]!.GetValue<string>())).Attempts);
    }

    [Fact]
    public async Task WhenTheDatabaseFails_TheDeadLetterIsRetriedNotDropped()
    {
        var (_, client, connectionString) = await fixture.StartAppAsync();
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var hide = new Npgsql.NpgsqlCommand("ALTER TABLE dead_letters RENAME TO dead_letters_away", connection))
        {
            await hide.ExecuteNonQueryAsync();
        }

        var envelope = DeadLetterDelivery.Envelope(Topics.OrdersNew, DeadLetterDelivery.OrderEvent(Guid.NewGuid()));
        var failed = await client.PostDeadLetterAsync(Topics.OrdersNew, envelope);

        await using (var restore = new Npgsql.NpgsqlCommand("ALTER TABLE dead_letters_away RENAME TO dead_letters", connection))
        {
            await restore.ExecuteNonQueryAsync();
        }

        Assert.Equal("RETRY", failed.Status);
        Assert.Equal("SUCCESS", (await client.PostDeadLetterAsync(Topics.OrdersNew, envelope)).Status);
        var page = await client.GetFromJsonAsync<DeadLetterPage>("/deadletters");
        Assert.Single(page!.Items);
    }
}
