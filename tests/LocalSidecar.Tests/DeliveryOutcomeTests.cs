using System.Collections.Concurrent;
using Dapr;
using Ecommerce.LocalSidecar.Hosting;
using Ecommerce.LocalSidecar.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Ecommerce.LocalSidecar.Tests;

/// <summary>daprd's app contract for deliveries: status codes and SUCCESS/RETRY/DROP, retries per the resiliency
/// policy (constant 20 ms, 3 retries here), then the dead-letter topic.</summary>
public sealed class DeliveryOutcomeTests : IAsyncLifetime
{
    private const string Topic = "orders";
    private const string DeadLetterTopic = "orders.dlq";

    private readonly ConcurrentDictionary<string, int> _attempts = new();
    private readonly ConcurrentQueue<DeadLetter> _deadLetters = new();
    private readonly TempResources _resources = TempResources.With(Yaml.InMemoryPubSub(), Yaml.FastResiliency(maxRetries: 3));
    private SubscriberApp? _app;
    private LocalSidecarHost? _sidecar;
    private Dapr.Client.DaprClient? _client;

    public async Task InitializeAsync()
    {
        _app = await SubscriberApp.StartAsync(web =>
        {
            web.MapPost("/orders", (OrderEvent e) => Answer(e)).WithTopic(new TopicOptions { PubsubName = "pubsub", Name = Topic, DeadLetterTopic = DeadLetterTopic });
            web.MapPost("/dead", async (HttpRequest request) =>
            {
                using var body = new MemoryStream();
                await request.Body.CopyToAsync(body);
                _deadLetters.Enqueue(DeadLetter.Parse(body.ToArray()));
                return Results.Ok();
            }).WithTopic(new TopicOptions { PubsubName = "pubsub", Name = DeadLetterTopic, EnableRawPayload = true });
        });
        _sidecar = await Sidecars.StartAsync("shop", _resources.Path, _app.Port);
        await _sidecar.WhenSubscribedAsync().WaitAsync(TimeSpan.FromSeconds(15));
        _client = Sidecars.Client(_sidecar);
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_sidecar is not null)
        {
            await _sidecar.DisposeAsync();
        }

        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _resources.Dispose();
    }

    [Fact]
    public async Task Handler_FailingThreeTimesThenSucceeding_GetsTheEventFourTimes()
    {
        await PublishAsync("fail-3-times");

        await Eventually.HoldsAsync(() => _attempts.GetValueOrDefault("fail-3-times") == 4, TimeSpan.FromSeconds(10), "a fourth, successful attempt");
        // A later event on the same key is delivered only after the first reached its final outcome: once it has
        // arrived, a fifth attempt of the first would have come before it.
        await _client!.PublishEventAsync("pubsub", Topic, new OrderEvent("after-fail-3-times", 1),
            new Dictionary<string, string> { ["partitionKey"] = "fail-3-times" });
        await Eventually.HoldsAsync(() => _attempts.ContainsKey("after-fail-3-times"), TimeSpan.FromSeconds(10), "the next event on the key");
        Assert.Equal(4, _attempts["fail-3-times"]);
        Assert.Empty(_deadLetters);
    }

    [Fact]
    public async Task Handler_AlwaysFailing_EndsOnTheDeadLetterTopicAfterThePolicysRetries()
    {
        await PublishAsync("always-500");

        var deadLetter = await NextDeadLetterAsync();
        Assert.Equal(4, _attempts["always-500"]);
        Assert.Equal(new DeadLetter(Topic, deadLetter.Reason, 4, new OrderEvent("always-500", 1)), deadLetter);
        Assert.Contains("500", deadLetter.Reason);
    }

    [Fact]
    public async Task Handler_AnsweringRetry_IsRetriedThenDeadLettered()
    {
        await PublishAsync("always-retry");

        var deadLetter = await NextDeadLetterAsync();
        Assert.Equal(4, deadLetter.Attempts);
        Assert.Contains("RETRY", deadLetter.Reason);
    }

    [Theory]
    [InlineData("drop", "DROP")]
    [InlineData("not-found", "404")]
    public async Task Handler_DroppingOrAnswering404_GoesStraightToTheDeadLetterTopic(string orderId, string reason)
    {
        await PublishAsync(orderId);

        var deadLetter = await NextDeadLetterAsync();
        Assert.Equal(1, _attempts[orderId]);
        Assert.Equal(1, deadLetter.Attempts);
        Assert.Contains(reason, deadLetter.Reason);
    }

    private IResult Answer(OrderEvent e)
    {
        var attempt = _attempts.AddOrUpdate(e.OrderId, 1, (_, n) => n + 1);
        return e.OrderId switch
        {
            "fail-3-times" when attempt <= 3 => Results.StatusCode(500),
            "always-500" => Results.StatusCode(500),
            "always-retry" => Results.Ok(new { status = "RETRY" }),
            "drop" => Results.Ok(new { status = "DROP" }),
            "not-found" => Results.NotFound(),
            _ => Results.Ok(new { status = "SUCCESS" }),
        };
    }

    private Task PublishAsync(string orderId) =>
        _client!.PublishEventAsync("pubsub", Topic, new OrderEvent(orderId, 1), new Dictionary<string, string> { ["partitionKey"] = orderId });

    private async Task<DeadLetter> NextDeadLetterAsync()
    {
        await Eventually.HoldsAsync(() => !_deadLetters.IsEmpty, TimeSpan.FromSeconds(10), "a dead letter");
        return Assert.Single(_deadLetters);
    }
}
