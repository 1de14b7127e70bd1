using System.Collections.Concurrent;
using Dapr;
using Ecommerce.LocalSidecar.Hosting;
using Ecommerce.LocalSidecar.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Ecommerce.LocalSidecar.Tests;

/// <summary>The test-only redelivery switch (LOCALSIDECAR_DELIVERY_COPIES) that end-to-end idempotency tests use.</summary>
public sealed class RedeliveryInjectionTests
{
    [Fact]
    public async Task DeliveryCopies_Two_DeliversEveryEventTwice()
    {
        var received = new ConcurrentQueue<string>();
        using var resources = TempResources.With(Yaml.InMemoryPubSub());
        await using var app = await SubscriberApp.StartAsync(web =>
            web.MapPost("/orders", (OrderEvent e) =>
            {
                received.Enqueue(e.OrderId);
                return Results.Ok(new { status = "SUCCESS" });
            }).WithTopic(new TopicOptions { PubsubName = "pubsub", Name = "orders" }));
        await using var sidecar = await Sidecars.StartAsync("shop", resources.Path, app.Port, deliveryCopies: 2);
        await sidecar.WhenSubscribedAsync().WaitAsync(TimeSpan.FromSeconds(15));
        using var client = Sidecars.Client(sidecar);

        await client.PublishEventAsync("pubsub", "orders", new OrderEvent("o-1", 1));
        await client.PublishEventAsync("pubsub", "orders", new OrderEvent("o-2", 1));

        await Eventually.HoldsAsync(() => received.Count == 4, TimeSpan.FromSeconds(10), "two copies of each event");
        Assert.Equal(["o-1", "o-1", "o-2", "o-2"], received.Order());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("eleven")]
    public void DeliveryCopies_OutOfRange_IsRejectedNamingTheVariable(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => SidecarCommandLine.ParseDeliveryCopies(value));
        Assert.Contains(SidecarCommandLine.DeliveryCopiesVariable, error.Message);
    }

    [Fact]
    public void DeliveryCopies_Unset_IsOne() => Assert.Equal(1, SidecarCommandLine.ParseDeliveryCopies(null));
}
