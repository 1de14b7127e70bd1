using System.Globalization;
using System.Text;
using System.Threading.Channels;
using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace Ecommerce.LocalSidecar.PubSub;

/// <summary>Handles one assigned partition's messages one at a time and stores each offset once handled.</summary>
internal sealed class PartitionWorker : IAsyncDisposable
{
    private readonly Channel<ConsumeResult<byte[]?, byte[]>> _queue = Channel.CreateUnbounded<ConsumeResult<byte[]?, byte[]>>();
    private readonly CancellationTokenSource _stopping;
    private readonly Task _loop;
    private volatile bool _draining;

    public PartitionWorker(IConsumer<byte[]?, byte[]> consumer, MessageHandler handler, ILogger logger, CancellationToken subscriptionStopping)
    {
        _stopping = CancellationTokenSource.CreateLinkedTokenSource(subscriptionStopping);
        _loop = Task.Run(() => RunAsync(consumer, handler, logger, _stopping.Token));
    }

    public int Queued => _queue.Reader.Count;

    public void Enqueue(ConsumeResult<byte[]?, byte[]> result) => _queue.Writer.TryWrite(result);

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _stopping.CancelAsync();
        await _loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stopping.Dispose();
    }

    /// <summary>
    /// For a partition moving to another consumer: takes no further message, lets the one being handled reach its final
    /// outcome (its offset is then stored, ready for the commit before the partition goes), and cancels it only after
    /// <paramref name="grace"/>. When this returns nothing of the partition is being delivered any more.
    /// </summary>
    public async Task FinishCurrentAsync(TimeSpan grace)
    {
        _draining = true;
        _queue.Writer.TryComplete();
        if (await Task.WhenAny(_loop, Task.Delay(grace)) != _loop)
        {
            await _stopping.CancelAsync();
        }

        await DisposeAsync();
    }

    private async Task RunAsync(IConsumer<byte[]?, byte[]> consumer, MessageHandler handler, ILogger logger, CancellationToken cancellationToken)
    {
        await foreach (var result in _queue.Reader.ReadAllAsync(cancellationToken))
        {
            if (_draining)
            {
                return;
            }

            await handler(ToIncoming(result), cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                consumer.StoreOffset(result);
            }
            catch (KafkaException)
            {
                KafkaLog.OffsetNotStored(logger, result.TopicPartition.ToString(), result.Offset.Value);
            }
        }
    }

    private static IncomingMessage ToIncoming(ConsumeResult<byte[]?, byte[]> result)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var header in result.Message.Headers ?? [])
        {
            metadata[header.Key] = Encoding.UTF8.GetString(header.GetValueBytes() ?? []);
        }

        if (result.Message.Key is { } key)
        {
            metadata["__key"] = Encoding.UTF8.GetString(key);
        }

        metadata["__topic"] = result.Topic;
        metadata["__partition"] = result.Partition.Value.ToString(CultureInfo.InvariantCulture);
        metadata["__offset"] = result.Offset.Value.ToString(CultureInfo.InvariantCulture);
        return new IncomingMessage(result.Topic, result.Message.Value ?? [], metadata);
    }
}
