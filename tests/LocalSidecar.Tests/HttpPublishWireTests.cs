using System.Net;
using System.Text;
using System.Text.Json;
using Confluent.Kafka;
using Ecommerce.LocalSidecar.Tests.Infrastructure;

namespace Ecommerce.LocalSidecar.Tests;

/// <summary>What daprd's HTTP publish puts on the Kafka wire: a CloudEvent around the body (type from
/// <c>metadata.cloudevent.type</c>, the key from <c>metadata.partitionKey</c>), or the body as is with
/// <c>metadata.rawPayload=true</c>.</summary>
[Collection(KafkaCollection.Name)]
public sealed class HttpPublishWireTests(KafkaFixture kafka)
{
    [Fact]
    public async Task HttpPublish_WrapsInACloudEvent_OrWithRawPayload_PublishesTheBodyAsIs()
    {
        var topic = $"wire-{Guid.NewGuid():N}";
        kafka.Cluster.CreateTopic(topic, 1);
        using var resources = TempResources.With(Yaml.Kafka(kafka.Cluster.BootstrapServers));
        await using var sidecar = await Sidecars.StartAsync("wire-app", resources.Path);
        using var http = new HttpClient { BaseAddress = new Uri(sidecar.HttpEndpoint) };
        const string body = """{"orderId":"w-1","sequence":1}""";

        using var wrapped = await http.PostAsync($"/v1.0/publish/pubsub/{topic}?metadata.partitionKey=w-1&metadata.cloudevent.type=order.placed", new StringContent(body, Encoding.UTF8, "application/json"));
        using var raw = await http.PostAsync($"/v1.0/publish/pubsub/{topic}?metadata.rawPayload=true", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.NoContent, wrapped.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, raw.StatusCode);
        using var consumer = new ConsumerBuilder<string?, string>(new ConsumerConfig
        {
            BootstrapServers = kafka.Cluster.BootstrapServers, GroupId = $"wire-{Guid.NewGuid():N}", AutoOffsetReset = AutoOffsetReset.Earliest,
        }).Build();
        consumer.Subscribe(topic);
        var first = consumer.Consume(TimeSpan.FromSeconds(30))!;
        var second = consumer.Consume(TimeSpan.FromSeconds(30))!;

        Assert.Equal("w-1", first.Message.Key);
        using var envelope = JsonDocument.Parse(first.Message.Value);
        Assert.Equal("order.placed", envelope.RootElement.GetProperty("type").GetString());
        Assert.Equal("wire-app", envelope.RootElement.GetProperty("source").GetString());
        // daprd takes the Content-Type header as it came, parameters included.
        Assert.Equal("application/json; charset=utf-8", envelope.RootElement.GetProperty("datacontenttype").GetString());
        Assert.Equal("w-1", envelope.RootElement.GetProperty("data").GetProperty("orderId").GetString());
        Assert.Equal(body, second.Message.Value);
        consumer.Close();
    }
}
