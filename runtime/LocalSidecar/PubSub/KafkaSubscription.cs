using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace Ecommerce.LocalSidecar.PubSub;

/// <summary>
/// One consumer in the component's consumer group. A dedicated thread polls Kafka and hands each message to its
/// partition's <see cref="PartitionWorker"/>; a partition with too much queued is paused until it drains.
/// Offsets are stored after handling and committed by librdkafka's auto-commit, when a rebalance hands a partition to
/// another consumer of the group (a replica of the app), and on close, so a message is redelivered if the sidecar
/// stops before it was handled. While the delivery gate is closed (the app is unhealthy) the consumer is out of the
/// group.
/// </summary>
internal sealed class KafkaSubscription : ISubscription
{
    private const int PauseAbove = 500;
    private const int ResumeBelow = 50;

    // How long a revoked partition's message in hand may take to finish before it is cancelled (and redelivered).
    private static readonly TimeSpan HandOverGrace = TimeSpan.FromSeconds(15);

    private readonly Dictionary<TopicPartition, PartitionWorker> _workers = [];
    private readonly HashSet<TopicPartition> _paused = [];
    private readonly IReadOnlyCollection<string> _topics;
    private bool _subscribed = true;
    private readonly TaskCompletionSource _live = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly IDeliveryGate _gate;
    private readonly Func<string, bool> _existedAtStart;
    private readonly CancellationTokenSource _stopping = new();
    private readonly KafkaPubSubOptions _options;
    private readonly MessageHandler _handler;
    private readonly ILogger _logger;
    private readonly IConsumer<byte[]?, byte[]> _consumer;
    private readonly Thread _thread;
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private KafkaSubscription(KafkaPubSubOptions options, IReadOnlyCollection<string> topics, MessageHandler handler, IDeliveryGate gate, ILogger logger)
    {
        _gate = gate;
        _existedAtStart = KafkaTopics.Ensure(options, topics, logger);
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
                // A subscribed topic created after the consumer started is noticed within a second or two, not after
                // librdkafka's default five minutes.
                TopicMetadataRefreshIntervalMs = (int)options.TopicMetadataRefreshInterval.TotalMilliseconds,
                FetchWaitMaxMs = (int)options.FetchWaitMax.TotalMilliseconds,
                SessionTimeoutMs = (int)options.SessionTimeout.TotalMilliseconds,
                HeartbeatIntervalMs = (int)options.HeartbeatInterval.TotalMilliseconds,
            })
            .SetLogHandler((_, m) => KafkaLog.Client(logger, m.Level.ToString(), m.Name, m.Message))
            .SetErrorHandler((_, e) => KafkaLog.ClientError(logger, e.Code.ToString(), e.Reason))
            .SetPartitionsAssignedHandler((consumer, partitions) => Assign(consumer, partitions))
            .SetPartitionsRevokedHandler((consumer, partitions) => HandOver(consumer, [.. partitions.Select(p => p.TopicPartition)]))
            .SetPartitionsLostHandler((_, partitions) => Release(partitions.Select(p => p.TopicPartition)))
            .Build();
        _topics = topics;
        _consumer.Subscribe(topics);
        _thread = new Thread(Poll) { IsBackground = true, Name = $"kafka-consumer-{options.ConsumerGroup}" };
    }

    public Task Live => _live.Task;

    public static KafkaSubscription Start(KafkaPubSubOptions options, IReadOnlyCollection<string> topics, MessageHandler handler, IDeliveryGate gate, ILogger logger)
    {
        var subscription = new KafkaSubscription(options, topics, handler, gate, logger);
        subscription._thread.Start();
        return subscription;
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _live.TrySetCanceled();
        await _stopped.Task;
        await Task.WhenAll(_workers.Values.Select(w => w.DisposeAsync().AsTask()));
        _workers.Clear();
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
                FollowGate();
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

    // daprd stops its subscriptions while the app is unhealthy: the consumer leaves the group, so the app's other
    // replicas (if any) take its partitions after the hand-over, and it joins again once the app recovers, resuming at
    // the committed offsets. (With initialOffset newest, a partition nobody ever committed starts at its end again.)
    private void FollowGate()
    {
        if (_gate.IsOpen == _subscribed)
        {
            return;
        }

        _subscribed = _gate.IsOpen;
        if (_subscribed)
        {
            _consumer.Subscribe(_topics);
        }
        else
        {
            _consumer.Unsubscribe();
        }

        KafkaLog.FollowedAppHealth(_logger, _options.ConsumerGroup, _subscribed ? "joined the group again" : "left the group");
    }

    // Starts each partition at its committed offset, else at the oldest or newest one as initialOffset says; a topic
    // that did not exist when the subscription started is read from its beginning (everything in it is new). The
    // positions are fixed here, so once this ran an event published from now on is delivered: the subscription is live.
    private IEnumerable<TopicPartitionOffset> Assign(IConsumer<byte[]?, byte[]> consumer, List<TopicPartition> partitions)
    {
        KafkaLog.Assigned(_logger, _options.ConsumerGroup, string.Join(", ", partitions));
        var committed = partitions.Count == 0 ? [] : consumer.Committed(partitions, TimeSpan.FromSeconds(10));
        var offsets = committed.Select(c => c.Offset.Value >= 0
            ? c
            : new TopicPartitionOffset(c.TopicPartition, _options.FromOldest || !_existedAtStart(c.Topic)
                ? Offset.Beginning
                : consumer.QueryWatermarkOffsets(c.TopicPartition, TimeSpan.FromSeconds(10)).High)).ToList();
        _live.TrySetResult();
        return offsets;
    }

    private void ResumeDrained()
    {
        if (!_gate.IsOpen)
        {
            return;
        }

        var drained = _paused.Where(p => !_workers.TryGetValue(p, out var w) || w.Queued < ResumeBelow).ToList();
        if (drained.Count > 0)
        {
            _paused.ExceptWith(drained);
            _consumer.Resume(drained);
        }
    }

    // Runs on the polling thread when a rebalance takes partitions away (another replica of the app joined or left the
    // group): the message being handled on each finishes first, then the handled offsets are committed, and only then
    // does the callback return and the group hand the partitions on. So the next owner starts right after the last
    // final outcome: nothing handled twice in the normal case, and never two consumers delivering one partition (one
    // key) at once. Queued messages are dropped and read again by the next owner. The callback is synchronous
    // (librdkafka's rebalance protocol), so this dedicated thread blocks on the drain.
    private void HandOver(IConsumer<byte[]?, byte[]> consumer, List<TopicPartition> partitions)
    {
        KafkaLog.Revoked(_logger, _options.ConsumerGroup, string.Join(", ", partitions));
        var draining = new List<Task>();
        foreach (var partition in partitions)
        {
            _paused.Remove(partition);
            if (_workers.Remove(partition, out var worker))
            {
                // An unhealthy app cannot finish the message in hand (it waits at the gate): cancel it at once.
                draining.Add(worker.FinishCurrentAsync(_gate.IsOpen ? HandOverGrace : TimeSpan.Zero));
            }
        }

        Task.WhenAll(draining).Wait(CancellationToken.None);
        try
        {
            consumer.Commit();
        }
        catch (KafkaException e)
        {
            // Nothing stored to commit, or the group moved on (ILLEGAL_GENERATION): those messages come again.
            KafkaLog.HandOverCommitFailed(_logger, _options.ConsumerGroup, e.Error.Reason);
        }
    }

    // Runs on the polling thread when partitions were lost (this consumer was too slow to answer the group, which has
    // already given them to another): stop at once; a message being handled is cancelled, its offset not stored.
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
