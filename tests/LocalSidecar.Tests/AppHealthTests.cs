using Ecommerce.LocalSidecar.AppHealth;
using Ecommerce.LocalSidecar.Hosting;
using Ecommerce.LocalSidecar.Tests.Infrastructure;

namespace Ecommerce.LocalSidecar.Tests;

/// <summary>
/// daprd's app health check (pkg/apphealth): while the probe fails <c>threshold</c> times in a row the sidecar stops
/// delivering, without using up retries or dead-lettering, and resumes when a probe succeeds. An app that is merely
/// down (connection refused) is waited for rather than retried into the dead-letter topic.
/// </summary>
[Collection(KafkaCollection.Name)]
public sealed class AppHealthTests(KafkaFixture kafka)
{
    private static readonly AppHealthOptions FastProbes = new()
    {
        ProbeInterval = TimeSpan.FromMilliseconds(100),
        ProbeTimeout = TimeSpan.FromMilliseconds(100),
        Threshold = 2,
    };

    [Fact]
    public void Flags_AsDaprdNamesThem_WithDaprdsDefaults()
    {
        var options = SidecarCommandLine.Parse(["--app-id", "shop", "--app-port", "5000", "--enable-app-health-check"]);

        Assert.Equal(new AppHealthOptions { Path = "/healthz", ProbeInterval = TimeSpan.FromSeconds(5), ProbeTimeout = TimeSpan.FromMilliseconds(500), Threshold = 3 }, options.AppHealth);
        Assert.Null(SidecarCommandLine.Parse(["--app-id", "shop"]).AppHealth);
        var custom = SidecarCommandLine.Parse(["--app-id", "shop", "--enable-app-health-check=true", "--app-health-check-path", "/health/ready",
            "--app-health-probe-interval", "2", "--app-health-probe-timeout", "300", "--app-health-threshold", "5"]);
        Assert.Equal(new AppHealthOptions { Path = "/health/ready", ProbeInterval = TimeSpan.FromSeconds(2), ProbeTimeout = TimeSpan.FromMilliseconds(300), Threshold = 5 }, custom.AppHealth);
        var tooLong = Assert.Throws<ArgumentException>(() => SidecarCommandLine.Parse(["--app-id", "shop", "--enable-app-health-check", "--app-health-probe-timeout", "6000"]));
        Assert.Contains("health-probe-timeout", tooLong.Message);
    }

    [Fact]
    public async Task AppNeverHealthy_SubscriptionsDoNotStart_AndTheSidecarIsNotReady()
    {
        using var resources = TempResources.With(Yaml.InMemoryPubSub());
        await using var app = await HealthSwitchedApp.StartAsync(deadLetters: false);
        app.Healthy = false;
        await using var sidecar = await Sidecars.StartAsync(Sidecars.Options("sick-app", resources.Path, app.Port) with { AppHealth = FastProbes });
        using var http = new HttpClient { BaseAddress = new Uri(sidecar.HttpEndpoint) };

        await Eventually.HoldsAsync(() => sidecar.AppHealthProbes >= 5, TimeSpan.FromSeconds(10), "five failed probes");
        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, (await http.GetAsync("/v1.0/healthz")).StatusCode);

        app.Healthy = true;
        await sidecar.WhenSubscribedAsync().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(System.Net.HttpStatusCode.NoContent, (await http.GetAsync("/v1.0/healthz")).StatusCode);
    }

    [Fact]
    public async Task UnhealthyApp_GetsNothing_UntilItRecovers_ThenTheEventOnce_WithoutDeadLetter()
    {
        var topic = $"orders-{Guid.NewGuid():N}";
        using var resources = TempResources.With(Yaml.Kafka(kafka.Cluster.BootstrapServers), Yaml.FastResiliency(maxRetries: 2));
        await using var app = await HealthSwitchedApp.StartAsync(deadLetters: true, topic);
        await using var sidecar = await Sidecars.StartAsync(Sidecars.Options("health-app", resources.Path, app.Port) with { AppHealth = FastProbes });
        await sidecar.WhenSubscribedAsync().WaitAsync(TimeSpan.FromSeconds(30));
        using var client = Sidecars.Client(sidecar);
        await Eventually.HoldsAsync(() => sidecar.AppHealthy, TimeSpan.FromSeconds(10), "the app reported healthy");

        app.Healthy = false;
        await Eventually.HoldsAsync(() => !sidecar.AppHealthy, TimeSpan.FromSeconds(10), "the sidecar to call the app unhealthy");
        var orderId = $"while-unhealthy-{Guid.NewGuid():N}";
        await client.PublishEventAsync("pubsub", topic, new OrderEvent(orderId, 1), new Dictionary<string, string> { ["partitionKey"] = orderId });
        var probes = sidecar.AppHealthProbes;
        await Eventually.HoldsAsync(() => sidecar.AppHealthProbes >= probes + 10, TimeSpan.FromSeconds(10), "ten more failed probes after the publish");
        Assert.False(app.Attempts.ContainsKey(orderId), "the unhealthy app got a delivery");

        app.Healthy = true;
        await Eventually.HoldsAsync(() => app.Delivered.Contains(orderId), TimeSpan.FromSeconds(15), "the event delivered after recovery");
        Assert.Equal(1, app.Attempts[orderId]);
        Assert.Empty(app.DeadLetters);
    }

    [Fact]
    public async Task AppDown_ConnectionRefused_IsWaitedFor_NotRetriedIntoTheDeadLetterTopic()
    {
        using var resources = TempResources.With(Yaml.InMemoryPubSub(), Yaml.FastResiliency(maxRetries: 2));
        var logs = new LogCapture();
        await using var app = await HealthSwitchedApp.StartAsync(deadLetters: true);
        await using var sidecar = await Sidecars.StartAsync(Sidecars.Options("down-app", resources.Path, app.Port), logs);
        await sidecar.WhenSubscribedAsync().WaitAsync(TimeSpan.FromSeconds(15));
        using var client = Sidecars.Client(sidecar);

        await app.StopAsync();
        await client.PublishEventAsync("pubsub", "orders", new OrderEvent("while-down", 1));
        await logs.WaitForAsync("the app is down", TimeSpan.FromSeconds(10));
        await app.RestartAsync(deadLetters: true);

        await Eventually.HoldsAsync(() => app.Delivered.Contains("while-down"), TimeSpan.FromSeconds(15), "the event delivered once the app is back");
        Assert.Equal(1, app.Attempts["while-down"]);
        Assert.Empty(app.DeadLetters);
    }

    // Issue 13's scenario at the sidecar's scale: events keep coming while the subscriber process is down; none may
    // end on the dead-letter topic (four quick attempts would otherwise use up this policy) and none may be lost.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SubscriberStoppedMidStream_ThenRestarted_GetsEveryEvent_AndNothingIsDeadLettered(bool healthCheck)
    {
        var topic = $"orders-{Guid.NewGuid():N}";
        using var resources = TempResources.With(Yaml.Kafka(kafka.Cluster.BootstrapServers), Yaml.FastResiliency(maxRetries: 3));
        var logs = new LogCapture();
        await using var app = await HealthSwitchedApp.StartAsync(deadLetters: true, topic);
        await using var sidecar = await Sidecars.StartAsync(Sidecars.Options($"restarted-{healthCheck}", resources.Path, app.Port) with { AppHealth = healthCheck ? FastProbes : null }, logs);
        await sidecar.WhenSubscribedAsync().WaitAsync(TimeSpan.FromSeconds(30));
        await using var publisher = await Sidecars.StartAsync("restart-publisher", resources.Path);
        using var client = Sidecars.Client(publisher);
        var publishing = Task.Run(async () =>
        {
            for (var i = 0; i < 60; i++)
            {
                await client.PublishEventAsync("pubsub", topic, new OrderEvent($"o-{i}", i), new Dictionary<string, string> { ["partitionKey"] = $"key-{i % 6}" });
                await Task.Delay(20);
            }
        });

        await Eventually.HoldsAsync(() => app.Delivered.Count >= 15, TimeSpan.FromSeconds(30), "the first events");
        await app.StopAsync();
        await Eventually.HoldsAsync(
            () => healthCheck ? !sidecar.AppHealthy : logs.Count("the app is down") > 0, TimeSpan.FromSeconds(15), "the sidecar to notice the app is gone");
        await app.RestartAsync(deadLetters: true);
        await publishing;

        await Eventually.HoldsAsync(() => app.Delivered.Distinct().Count() == 60, TimeSpan.FromSeconds(60), "all 60 events delivered");
        Assert.Empty(app.DeadLetters);
    }

    // Three attempts per pass of the policy (maxRetries 2). With consumeRetryEnabled the component starts another pass
    // until the app takes the event (11th attempt) and only then the next one; without it, daprd skips the event.
    [Theory]
    [InlineData("true", new[] { "poison", "after-poison" }, 11)]
    [InlineData("false", new[] { "after-poison" }, 3)]
    public async Task ConsumeRetryEnabled_NoDeadLetterTopic_RetriesPastThePolicy_NeverSkips_ElseSkips(string consumeRetryEnabled, string[] delivered, int poisonAttempts)
    {
        var (app, sidecar, client, resources) = await StartKafkaSubscriberAsync(consumeRetryEnabled);
        await using (app)
        await using (sidecar)
        using (client)
        using (resources)
        {
            app.FailFirst["poison"] = 10;
            await PublishAsync(client, app.Topic, "poison", "after-poison");

            await Eventually.HoldsAsync(() => app.Delivered.Contains("after-poison"), TimeSpan.FromSeconds(30), "the next event on the partition");
            Assert.Equal(delivered, app.Delivered);
            Assert.Equal(poisonAttempts, app.Attempts["poison"]);
        }
    }

    private async Task<(HealthSwitchedApp, LocalSidecarHost, Dapr.Client.DaprClient, TempResources)> StartKafkaSubscriberAsync(string consumeRetryEnabled)
    {
        var resources = TempResources.With(
            Yaml.Kafka(kafka.Cluster.BootstrapServers, "pubsub", "{appID}", "oldest", ("consumeRetryEnabled", consumeRetryEnabled), ("backOffDuration", "20ms")),
            Yaml.FastResiliency(maxRetries: 2));
        var app = await HealthSwitchedApp.StartAsync(deadLetters: false, $"orders-{Guid.NewGuid():N}");
        var sidecar = await Sidecars.StartAsync(Sidecars.Options("retry-app", resources.Path, app.Port));
        await sidecar.WhenSubscribedAsync().WaitAsync(TimeSpan.FromSeconds(30));
        return (app, sidecar, Sidecars.Client(sidecar), resources);
    }

    // Same key, so both land on one partition, in this order.
    private static async Task PublishAsync(Dapr.Client.DaprClient client, string topic, params string[] orderIds)
    {
        foreach (var orderId in orderIds)
        {
            await client.PublishEventAsync("pubsub", topic, new OrderEvent(orderId, 1), new Dictionary<string, string> { ["partitionKey"] = "same-key" });
        }
    }
}
