using Ecommerce.Operations.Replay;
using Ecommerce.Operations.Subscriptions;
using System.Text.Json;

namespace Ecommerce.Operations.Tests;

public sealed class DeadLetterParserTests
{
    [Theory]
    [InlineData("orders.new.deadletter", "orders.new")]
    [InlineData("fulfillment.order.shipped.deadletter", "fulfillment.order.shipped")]
    [InlineData("no-suffix", "no-suffix")]
    public void TopicFromName_StripsTheDeadLetterSuffix(string deadLetterTopic, string topic) =>
        Assert.Equal(topic, DeadLetterParser.TopicFromName(deadLetterTopic));

    [Fact]
    public void AnEmptyBody_IsKeptWithAHashIdAndTheTopicFromTheName()
    {
        var message = DeadLetterParser.Parse([], "orders.new.deadletter");

        Assert.StartsWith("sha256:", message.MessageId);
        Assert.Equal("orders.new", message.OriginalTopic);
        Assert.Equal("", message.Payload.GetString());
    }

    [Fact]
    public void BadBase64_DoesNotThrow()
    {
        var body = """{"specversion":"1.0","id":"x1","data_base64":"***"}"""u8;

        var message = DeadLetterParser.Parse(body, "orders.new.deadletter");

        Assert.Equal("x1", message.MessageId);
        Assert.Equal(JsonValueKind.Null, message.Payload.ValueKind);
    }

    [Theory]
    [InlineData("""{"orderId":"6f1c2f43-3b5e-4a53-9a43-1f6f3a1e9c10"}""", "6f1c2f43-3b5e-4a53-9a43-1f6f3a1e9c10")]
    [InlineData("""{"orderId":null}""", null)]
    [InlineData("""{"other":"x"}""", null)]
    [InlineData("\"text\"", null)]
    public void ReplayPartitionKey_IsThePayloadsOrderId(string payload, string? key) =>
        Assert.Equal(key, ReplayPartitionKey.Of(JsonDocument.Parse(payload).RootElement));
}
