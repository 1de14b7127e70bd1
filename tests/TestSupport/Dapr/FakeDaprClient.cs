using System.Text.Json;
using Dapr.Client;

namespace Ecommerce.TestSupport.Dapr;

/// <summary>
/// A Dapr sidecar in memory for one service under test: publishes are recorded, and state is kept as JSON with
/// ETags under daprd's rules for state.postgresql (see FakeDaprClient.State.cs). Failures are switched on to see how
/// the service answers: the whole sidecar unreachable, or only its broker or its state store failing. What the
/// services do not call throws (FakeDaprClient.Unsupported.cs).
/// </summary>
public sealed partial class FakeDaprClient : DaprClient
{
    private readonly Lock _gate = new();
    private readonly List<PublishedEvent> _published = [];

    public override JsonSerializerOptions JsonSerializerOptions { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>While set, every call fails as the SDK fails when it cannot reach the sidecar.</summary>
    public bool Unavailable { get; set; }

    /// <summary>While set, publishes fail as daprd answers when its pub/sub component cannot publish.</summary>
    public bool FailPublishes { get; set; }

    /// <summary>While set, state calls fail as daprd answers when its state store is down.</summary>
    public bool FailState { get; set; }

    public IReadOnlyList<PublishedEvent> Published
    {
        get
        {
            lock (_gate)
            {
                return [.. _published];
            }
        }
    }

    public IReadOnlyList<PublishedEvent> PublishedTo(string topic) => [.. Published.Where(e => e.Topic == topic)];

    public IReadOnlyList<TEvent> PublishedOn<TEvent>(string topic) =>
        [.. PublishedTo(topic).Select(e => e.Data.Deserialize<TEvent>(JsonSerializerOptions)!)];

    public override Task PublishEventAsync<TData>(
        string pubsubName, string topicName, TData data, CancellationToken cancellationToken = default) =>
        PublishEventAsync(pubsubName, topicName, data, [], cancellationToken);

    public override Task PublishEventAsync<TData>(
        string pubsubName, string topicName, TData data, Dictionary<string, string> metadata,
        CancellationToken cancellationToken = default)
    {
        ThrowIfUnreachable("Publish");
        if (FailPublishes)
        {
            throw SidecarErrors.PublishFailed(pubsubName, topicName);
        }

        var json = JsonSerializer.SerializeToElement(data, JsonSerializerOptions);
        lock (_gate)
        {
            _published.Add(new PublishedEvent(pubsubName, topicName, json, new Dictionary<string, string>(metadata)));
        }

        return Task.CompletedTask;
    }

    public override Task<bool> CheckHealthAsync(CancellationToken cancellationToken = default) => Task.FromResult(!Unavailable);

    public override Task<bool> CheckOutboundHealthAsync(CancellationToken cancellationToken = default) => Task.FromResult(!Unavailable);

    public override Task WaitForSidecarAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    private void ThrowIfUnreachable(string operation)
    {
        if (Unavailable)
        {
            throw SidecarErrors.Unreachable(operation);
        }
    }
}
