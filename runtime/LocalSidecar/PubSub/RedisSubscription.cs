using System.Text.Json;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Ecommerce.LocalSidecar.PubSub;

/// <summary>
/// The consumer side of <see cref="RedisPubSub"/>, as components-contrib runs it: the group is created at "0"
/// (MKSTREAM), new entries are read with XREADGROUP "&gt;" up to queueDepth at a time, handled with at most
/// <c>concurrency</c> in flight (1 keeps the stream's order), and acknowledged (XACK) only after their final
/// outcome. Entries left pending (the sidecar stopped mid-delivery) are claimed again once idle for
/// processingTimeout, checked every redeliverInterval. Reading pauses while the delivery gate is closed.
/// </summary>
internal sealed class RedisSubscription : ISubscription
{
    private static readonly TimeSpan IdlePoll = TimeSpan.FromMilliseconds(100);

    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _live = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _inFlight;
    private readonly RedisPubSubOptions _options;
    private readonly MessageHandler _handler;
    private readonly IDeliveryGate _gate;
    private readonly ILogger _logger;
    private Task _loop = Task.CompletedTask;

    private RedisSubscription(RedisPubSubOptions options, MessageHandler handler, IDeliveryGate gate, ILogger logger)
    {
        _options = options;
        _handler = handler;
        _gate = gate;
        _logger = logger;
        _inFlight = new SemaphoreSlim(options.Concurrency);
    }

    public Task Live => _live.Task;

    public static RedisSubscription Start(Task<ConnectionMultiplexer> connection, RedisPubSubOptions options, IReadOnlyCollection<string> topics, MessageHandler handler, IDeliveryGate gate, ILogger logger)
    {
        var subscription = new RedisSubscription(options, handler, gate, logger);
        subscription._loop = Task.Run(() => subscription.RunAsync(connection, topics, subscription._stopping.Token));
        return subscription;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _live.TrySetCanceled();
        await _loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        // Let deliveries in flight end (they are cancelled and stay pending, to be claimed again).
        for (var i = 0; i < _options.Concurrency; i++)
        {
            await _inFlight.WaitAsync();
        }

        _stopping.Dispose();
    }

    private async Task RunAsync(Task<ConnectionMultiplexer> connection, IReadOnlyCollection<string> topics, CancellationToken cancellationToken)
    {
        IDatabase database;
        while (true)
        {
            try
            {
                database = (await connection.WaitAsync(cancellationToken)).GetDatabase();
                foreach (var topic in topics)
                {
                    await CreateGroupAsync(database, topic);
                }

                break;
            }
            catch (RedisException e)
            {
                RedisLog.NotReady(_logger, e.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }

        _live.TrySetResult();
        await Task.WhenAll(topics.SelectMany(topic => new[] { ReadLoopAsync(database, topic, cancellationToken), ReclaimLoopAsync(database, topic, cancellationToken) }));
    }

    private async Task CreateGroupAsync(IDatabase database, string topic)
    {
        try
        {
            await database.StreamCreateConsumerGroupAsync(topic, _options.ConsumerId, "0", createStream: true);
        }
        catch (RedisServerException e) when (e.Message.StartsWith("BUSYGROUP", StringComparison.Ordinal))
        {
            // The group exists: this consumer resumes where the group stands.
        }
    }

    private async Task ReadLoopAsync(IDatabase database, string topic, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await _gate.WaitOpenAsync(cancellationToken);
                var entries = await database.StreamReadGroupAsync(topic, _options.ConsumerId, _options.ConsumerId, StreamPosition.NewMessages, _options.QueueDepth);
                if (entries.Length == 0)
                {
                    await Task.Delay(IdlePoll, cancellationToken);
                    continue;
                }

                foreach (var entry in entries)
                {
                    await DispatchAsync(database, topic, entry, cancellationToken);
                }
            }
            catch (RedisException e)
            {
                RedisLog.ReadFailed(_logger, topic, e.Message);
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            }
        }
    }

    private async Task ReclaimLoopAsync(IDatabase database, string topic, CancellationToken cancellationToken)
    {
        using var ticker = new PeriodicTimer(_options.RedeliverInterval);
        do
        {
            try
            {
                var idle = (long)_options.ProcessingTimeout.TotalMilliseconds;
                var pending = await database.StreamPendingMessagesAsync(topic, _options.ConsumerId, _options.QueueDepth, RedisValue.Null);
                var stale = pending.Where(p => p.IdleTimeInMilliseconds >= idle).Select(p => p.MessageId).ToArray();
                if (stale.Length == 0)
                {
                    continue;
                }

                foreach (var entry in await database.StreamClaimAsync(topic, _options.ConsumerId, _options.ConsumerId, idle, stale))
                {
                    await DispatchAsync(database, topic, entry, cancellationToken);
                }
            }
            catch (RedisException e)
            {
                RedisLog.ReadFailed(_logger, topic, e.Message);
            }
        }
        while (await ticker.WaitForNextTickAsync(cancellationToken));
    }

    private async Task DispatchAsync(IDatabase database, string topic, StreamEntry entry, CancellationToken cancellationToken)
    {
        await _inFlight.WaitAsync(cancellationToken);
        _ = Task.Run(async () =>
        {
            try
            {
                await _handler(ToIncoming(topic, entry), cancellationToken);
                await database.StreamAcknowledgeAsync(topic, _options.ConsumerId, entry.Id);
            }
            catch (Exception e) when (e is OperationCanceledException or RedisException)
            {
                // Not acknowledged: the entry stays pending and is claimed again after processingTimeout.
            }
            finally
            {
                _inFlight.Release();
            }
        }, CancellationToken.None);
    }

    private static IncomingMessage ToIncoming(string topic, StreamEntry entry)
    {
        var metadata = entry["metadata"] is { IsNullOrEmpty: false } json
            ? JsonSerializer.Deserialize<Dictionary<string, string>>(json.ToString()) ?? []
            : [];
        metadata["__topic"] = topic;
        return new IncomingMessage(topic, (byte[]?)entry["data"] ?? [], metadata);
    }
}
