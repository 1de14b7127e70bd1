using System.Text;
using Ecommerce.LocalSidecar.CloudEvents;
using Ecommerce.LocalSidecar.Subscriptions;

namespace Ecommerce.LocalSidecar.Tests.Unit;

public sealed class CloudEventEnvelopeTests
{
    private static readonly PublishContext Context = new(
        "ordering", "pubsub", "orders.new", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", "k=v",
        new Dictionary<string, string>(), DateTimeOffset.Parse("2025-01-02T03:04:05Z"));

    [Fact]
    public void JsonData_IsInlinedInADaprCloudEvent()
    {
        var envelope = CloudEventEnvelope.Wrap(Context, Encoding.UTF8.GetBytes("""{"orderId":"o-1"}"""), "application/json");

        Assert.Equal("o-1", envelope["data"]!["orderId"]!.GetValue<string>());
        Assert.Equal("ordering", envelope["source"]!.GetValue<string>());
        Assert.Equal("com.dapr.event.sent", envelope["type"]!.GetValue<string>());
        Assert.Equal("1.0", envelope["specversion"]!.GetValue<string>());
        Assert.Equal("application/json", envelope["datacontenttype"]!.GetValue<string>());
        Assert.Equal("orders.new", envelope["topic"]!.GetValue<string>());
        Assert.Equal("pubsub", envelope["pubsubname"]!.GetValue<string>());
        Assert.Equal(Context.TraceParent, envelope["traceparent"]!.GetValue<string>());
        Assert.Equal(Context.TraceParent, envelope["traceid"]!.GetValue<string>());
        Assert.Equal("k=v", envelope["tracestate"]!.GetValue<string>());
        Assert.True(Guid.TryParse(envelope["id"]!.GetValue<string>(), out _));
        Assert.StartsWith("2025-01-02T03:04:05", envelope["time"]!.GetValue<string>());
    }

    [Fact]
    public void BinaryData_IsCarriedAsDataBase64()
    {
        var envelope = CloudEventEnvelope.Wrap(Context, [1, 2, 3], "application/octet-stream");

        Assert.Equal("AQID", envelope["data_base64"]!.GetValue<string>());
        Assert.Null(envelope["data"]);
    }

    [Fact]
    public void UnsupportedMatchExpression_IsRejectedWithAReason()
    {
        const string json = """[{"pubsubname":"pubsub","topic":"t","routes":{"rules":[{"match":"event.data.amount > 10","path":"big"}],"default":"all"}}]""";

        var (subscriptions, rejected) = SubscriptionReader.Read(json);

        Assert.Empty(subscriptions);
        Assert.Contains("event.data.amount > 10", Assert.Single(rejected));
    }
}
