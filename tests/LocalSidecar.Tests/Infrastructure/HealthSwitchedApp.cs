using System.Collections.Concurrent;
using Dapr;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Ecommerce.LocalSidecar.Tests.Infrastructure;

/// <summary>
/// A subscriber with a health endpoint the test switches, to one topic (dead letters to "&lt;topic&gt;.dlq" when
/// asked). <see cref="FailFirst"/> makes an order's first deliveries answer 500.
/// </summary>
internal sealed class HealthSwitchedApp : IAsyncDisposable
{
    private SubscriberApp? _app;

    public ConcurrentDictionary<string, int> Attempts { get; } = new();

    public ConcurrentQueue<string> Delivered { get; } = new();

    public ConcurrentQueue<string> DeadLetters { get; } = new();

    public ConcurrentDictionary<string, int> FailFirst { get; } = new();

    public volatile bool Healthy = true;

    public int Port { get; private set; }

    public string Topic { get; private init; } = "orders";

    public static async Task<HealthSwitchedApp> StartAsync(bool deadLetters, string topic = "orders", int? port = null)
    {
        var app = new HealthSwitchedApp { Topic = topic };
        await app.RestartAsync(deadLetters, port);
        return app;
    }

    /// <summary>Starts (again) on the same port; the counters are kept.</summary>
    public async Task RestartAsync(bool deadLetters, int? port = null)
    {
        _app = await SubscriberApp.StartAsync(web =>
        {
            web.MapGet("/healthz", () => Healthy ? Results.Ok() : Results.StatusCode(503));
            web.MapPost("/orders", (OrderEvent e) =>
            {
                var attempt = Attempts.AddOrUpdate(e.OrderId, 1, (_, n) => n + 1);
                if (attempt <= FailFirst.GetValueOrDefault(e.OrderId))
                {
                    return Results.StatusCode(500);
                }

                Delivered.Enqueue(e.OrderId);
                return Results.Ok();
            }).WithTopic(new TopicOptions { PubsubName = "pubsub", Name = Topic, DeadLetterTopic = deadLetters ? Topic + ".dlq" : null });
            if (deadLetters)
            {
                web.MapPost("/dead", (OrderEvent e) =>
                {
                    DeadLetters.Enqueue(e.OrderId);
                    return Results.Ok();
                }).WithTopic("pubsub", Topic + ".dlq");
            }
        }, port ?? (Port == 0 ? null : Port));
        Port = _app.Port;
    }

    public async Task StopAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
            _app = null;
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync());
}
