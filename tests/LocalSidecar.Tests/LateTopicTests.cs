using Confluent.Kafka;
using Ecommerce.EmbeddedKafka;
using Ecommerce.LocalSidecar.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Ecommerce.LocalSidecar.Tests;

/// <summary>
/// A subscribed topic that could not be created at subscribe time (here: the cluster's Metadata fails until the
/// sidecar gives up asking) and that someone creates later is picked up within seconds (the consumers refresh topic
/// metadata every second) and read from its beginning, so even with initialOffset newest its first event arrives.
/// </summary>
public sealed class LateTopicTests
{
    [Fact]
    public async Task TopicCreatedAfterTheSubscriptionStarted_IsPickedUpWithinSeconds_FromItsFirstEvent()
    {
        await using var cluster = KafkaMockCluster.Start(new KafkaMockClusterOptions { Ports = [0, 0, 0], GroupInitialRebalanceDelayMs = 0 });
        var topic = $"late-{Guid.NewGuid():N}";
        var received = new ReceivedEvents();
        using var resources = TempResources.With(Yaml.Kafka(cluster.BootstrapServers, "pubsub", "{appID}", "newest"));
        cluster.PushRequestErrors(3, Enumerable.Repeat(ErrorCode.UnknownTopicOrPart, 200).ToArray());
        var logs = new LogCapture();
        var app = await SubscriberApp.StartAsync(web => web.MapPost("/events", (OrderEvent e, HttpRequest request) =>
        {
            received.Add(e, request.Headers["__key"]);
            return Results.Ok();
        }).WithTopic("pubsub", topic));
        await using (app)
        await using (var sidecar = await Sidecars.StartAsync(Sidecars.Options("late-app", resources.Path, app.Port), logs))
        {
            await logs.WaitForAsync("Kafka metadata unavailable at subscribe", TimeSpan.FromSeconds(30));
            cluster.ClearRequestErrors(3);
            cluster.CreateTopic(topic, 2);
            using var producer = new ProducerBuilder<string, string>(new ProducerConfig { BootstrapServers = cluster.BootstrapServers }).Build();
            await producer.ProduceAsync(topic, new Message<string, string> { Key = "late-1", Value = """{"specversion":"1.0","id":"1","source":"test","type":"t","datacontenttype":"application/json","data":{"orderId":"late-1","sequence":1}}""" });

            await Eventually.HoldsAsync(() => received.Count > 0, TimeSpan.FromSeconds(15), "the first event of the late topic");
            received.AssertComplete([new OrderEvent("late-1", 1)]);
        }
    }
}
