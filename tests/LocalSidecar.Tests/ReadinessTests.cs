using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Ecommerce.LocalSidecar.Tests.Infrastructure;
using Ecommerce.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Ecommerce.LocalSidecar.Tests;

/// <summary>
/// daprd's health endpoints: <c>/v1.0/healthz/outbound</c> is 204 once the components are up (the app may call the
/// sidecar); <c>/v1.0/healthz</c> is 500 ERR_HEALTH_NOT_READY until the sidecar is fully up — here, until the app's
/// subscriptions are live — so an event published the moment it says 204 is delivered.
/// </summary>
[Collection(KafkaCollection.Name)]
public sealed class ReadinessTests(KafkaFixture kafka)
{
    [Fact]
    public async Task Healthz_Is500UntilTheSubscriptionsAreLive_Then204_AndAnEventPublishedThenIsDelivered()
    {
        // initialOffset newest and a topic nobody created: the hardest case for "ready means delivered".
        var topic = $"ready-{Guid.NewGuid():N}";
        using var resources = TempResources.With(Yaml.Kafka(kafka.Cluster.BootstrapServers, "pubsub", "{appID}", "newest"));
        var appPort = FreePort.Next();
        await using var sidecar = await Sidecars.StartAsync("ready-app", resources.Path, appPort);
        using var http = new HttpClient { BaseAddress = new Uri(sidecar.HttpEndpoint) };

        using (var notReady = await http.GetAsync("/v1.0/healthz"))
        {
            Assert.Equal(HttpStatusCode.InternalServerError, notReady.StatusCode);
            using var body = JsonDocument.Parse(await notReady.Content.ReadAsStringAsync());
            Assert.Equal("ERR_HEALTH_NOT_READY", body.RootElement.GetProperty("errorCode").GetString());
        }

        using (var outbound = await http.GetAsync("/v1.0/healthz/outbound"))
        {
            Assert.Equal(HttpStatusCode.NoContent, outbound.StatusCode);
        }

        var received = new ConcurrentQueue<string>();
        await using var app = await SubscriberApp.StartAsync(web => web.MapPost("/events", (OrderEvent e) =>
        {
            received.Enqueue(e.OrderId);
            return Results.Ok();
        }).WithTopic("pubsub", topic), appPort);
        await WaitReadyAsync(http);

        using var client = Sidecars.Client(sidecar);
        await client.PublishEventAsync("pubsub", topic, new OrderEvent("right-after-ready", 1));
        await Eventually.HoldsAsync(() => received.Contains("right-after-ready"), TimeSpan.FromSeconds(10), "the event published right after ready");
    }

    [Fact]
    public async Task Healthz_WithAnotherAppId_IsRefused_AsDaprdDoes()
    {
        using var resources = TempResources.With(Yaml.InMemoryPubSub());
        await using var sidecar = await Sidecars.StartAsync("named-app", resources.Path);
        using var http = new HttpClient { BaseAddress = new Uri(sidecar.HttpEndpoint) };
        await WaitReadyAsync(http);

        using var mine = await http.GetAsync("/v1.0/healthz?appid=named-app");
        using var other = await http.GetAsync("/v1.0/healthz?appid=someone-else");

        Assert.Equal(HttpStatusCode.NoContent, mine.StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, other.StatusCode);
        Assert.Contains("ERR_HEALTH_APPID_NOT_MATCH", await other.Content.ReadAsStringAsync());
    }

    private static async Task WaitReadyAsync(HttpClient http)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            using var response = await http.GetAsync("/v1.0/healthz");
            if (response.StatusCode == HttpStatusCode.NoContent)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, "the sidecar never reported ready");
            await Task.Delay(50);
        }
    }
}
