using System.Text.Json;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Ecommerce.LocalSidecar.PubSub;

/// <summary>
/// <c>pubsub.redis</c> on Redis Streams, as components-contrib keeps it: one stream per topic, each entry
/// <c>data</c> (the bytes) and <c>metadata</c> (the publish metadata as JSON), one consumer group per consumerID.
/// </summary>
public sealed class RedisPubSub(string name, RedisPubSubOptions options, ILoggerFactory loggerFactory) : IPubSub
{
    private readonly Lazy<Task<ConnectionMultiplexer>> _connection = new(() => ConnectionMultiplexer.ConnectAsync(options.Configuration));

    public string Name { get; } = name;

    public Resiliency.RetryPolicy? ConsumeRetry => options.Redelivery;

    public async Task PublishAsync(string topic, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var metadata = new Dictionary<string, string>(message.Headers, StringComparer.Ordinal);
        if (message.Key is not null)
        {
            metadata["partitionKey"] = message.Key;
        }

        var database = (await _connection.Value.WaitAsync(cancellationToken)).GetDatabase();
        await database.StreamAddAsync(
            topic,
            [new NameValueEntry("data", message.Value), new NameValueEntry("metadata", JsonSerializer.Serialize(metadata))],
            maxLength: options.MaxLenApprox is > 0 ? options.MaxLenApprox : null,
            useApproximateMaxLength: options.MaxLenApprox is > 0).WaitAsync(cancellationToken);
    }

    public ISubscription Subscribe(IReadOnlyCollection<string> topics, MessageHandler handler, IDeliveryGate gate) =>
        RedisSubscription.Start(_connection.Value, options, topics, handler, gate, loggerFactory.CreateLogger<RedisSubscription>());

    public async ValueTask DisposeAsync()
    {
        if (_connection.IsValueCreated && _connection.Value.IsCompletedSuccessfully)
        {
            await (await _connection.Value).DisposeAsync();
        }
    }
}
