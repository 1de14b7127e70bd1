using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace Ecommerce.LocalSidecar.PubSub;

/// <summary>
/// One consumer in the component's consumer group. A dedicated thread polls Kafka and hands each message to its
/// partition's <see cref="PartitionWorker"/>; a partition with too much queued is paused until it drains.
/// Offsets are stored after handling and committed by librdkafka's auto-commit (and on close), so a message is
/// redelivered if the sidecar stops or a rebalance moves its partition before it was handled.
/// </summary>
internal sealed class KafkaSubscription : IAsyncDisposable
{
    private const int PauseAbove = 500;
    private const int ResumeBelow = 50;

    private readonly Dictionary<TopicPartition, PartitionWorker> _workers = [];
    private readonly HashSet<TopicPartition> _paused = [];
    private readonly CancellationTokenSource _stopping = new();
    private readonly KafkaPubSubOptions _options;
    private readonly MessageHandler _handler;
    private readonly ILogger _logger;
    private readonly IConsumer<byte[]?, byte[]> _consumer;
    private readonly Thread _thread;
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private KafkaSubscription(KafkaPubSubOptions options, IReadOnlyCollection<string> topics, MessageHandler handler, ILogger logger)
    {
        _options = options;
        _handler = handler;
        _logger = logger;
        _consumer = new ConsumerBuilder<byte[]?, byte[]>(new ConsumerConfig
            {
                BootstrapServers = options.Brokers,
                GroupId = options.ConsumerGroup,
                ClientId = options.ClientId,
                AutoOffsetReset = options.FromOldest ? AutoOffsetReset.Earliest : AutoOffsetReset.Latest,
                EnableAutoCommit = true,
                EnableAutoOffsetStore = false,
                AutoCommitIntervalMs = 500,
                AllowAutoCreateTopics = true,
                SessionTimeoutMs = (int)options.SessionTimeout.TotalMilliseconds,
                HeartbeatIntervalMs = (int)options.HeartbeatInterval.TotalMilliseconds,
            })
            .SetLogHandler((_, m) => KafkaLog.Client(logger, m.Level.ToString(), m.Name, m.Message))
            .SetErrorHandler((_, e) => KafkaLog.ClientError(logger, e.Code.ToString(), e.Reason))
            .SetPartitionsAssignedHandler((_, partitions) => KafkaLog.Assigned(logger, options.ConsumerGroup, string.Join(", ", partitions)))
            .SetPartitionsRevokedHandler((_, partitions) => Release(partitions.Select(p => p.TopicPartition)))
            .SetPartitionsLostHandler((_, partitions) => Release(partitions.Select(p => p.TopicPartition)))
            .Build();
        _consumer.Subscribe(topics);
        _thread = new Thread(Poll) { IsBackground = true, Name = $"kafka-consumer-{options.ConsumerGroup}" };
    }

    public static KafkaSubscription Start(KafkaPubSubOptions options, IReadOnlyCollection<string> topics, MessageHandler handler, ILogger logger)
    {
        var subscription = new KafkaSubscription(options, topics, handler, logger);
        subscription._thread.Start();
        return subscription;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _stopped.Task;
        await Task.WhenAll(_workers.Values.Select(w => w.DisposeAsync().AsTask()));
        try
        {
            _consumer.Close();
        }
        catch (KafkaException e)
        {
            KafkaLog.CloseFailed(_logger, e.Error.Reason);
        }

        _consumer.Dispose();
        _stopping.Dispose();
    }

    private void Poll()
    {
        try
        {
            while (!_stopping.IsCancellationRequested)
            {
                ResumeDrained();
                ConsumeResult<byte[]?, byte[]>? result;
                try
                {
                    result = _consumer.Consume(TimeSpan.FromMilliseconds(100));
                }
                catch (ConsumeException e)
                {
                    KafkaLog.ConsumeError(_logger, _options.ConsumerGroup, e.Error.Reason);
                    continue;
                }

                if (result is null || result.IsPartitionEOF)
                {
                    continue;
                }

                var worker = WorkerFor(result.TopicPartition);
                worker.Enqueue(result);
                if (worker.Queued > PauseAbove && _paused.Add(result.TopicPartition))
                {
                    _consumer.Pause([result.TopicPartition]);
                }
            }
        }
        finally
        {
            _stopped.TrySetResult();
        }
    }

    private PartitionWorker WorkerFor(TopicPartition partition)
    {
        if (!_workers.TryGetValue(partition, out var worker))
        {
            worker = new PartitionWorker(_consumer, _handler, _logger, _stopping.Token);
            _workers[partition] = worker;
        }

        return worker;
    }

    private void ResumeDrained()
    {
        var drained = _paused.Where(p => !_workers.TryGetValue(p, out var w) || w.Queued < ResumeBelow).ToList();
        if (drained.Count > 0)
        {
            _paused.ExceptWith(drained);
            _consumer.Resume(drained);
        }
    }

    // Runs on the polling thread during a rebalance: queued messages of a revoked partition are dropped here and
    // redelivered to whoever owns it next; a message being handled is cancelled and its offset is not stored.
    private void Release(IEnumerable<TopicPartition> partitions)
    {
        var released = partitions.ToList();
        KafkaLog.Revoked(_logger, _options.ConsumerGroup, string.Join(", ", released));
        foreach (var partition in released)
        {
            _paused.Remove(partition);
            if (_workers.Remove(partition, out var worker))
            {
                _ = worker.DisposeAsync().AsTask();
            }
        }
    }
}
