using System.Threading.Channels;

namespace Ecommerce.LocalSidecar.PubSub;

/// <summary>One subscriber's queue of the in-memory pub/sub and the loop that drains it in order.</summary>
internal sealed class InMemorySubscription : IAsyncDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;

    public InMemorySubscription(MessageHandler handler)
    {
        _loop = Task.Run(() => DrainAsync(handler, _stopping.Token));
    }

    public Channel<IncomingMessage> Queue { get; } = Channel.CreateUnbounded<IncomingMessage>(new UnboundedChannelOptions { SingleReader = true });

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _loop.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _stopping.Dispose();
    }

    private async Task DrainAsync(MessageHandler handler, CancellationToken cancellationToken)
    {
        await foreach (var message in Queue.Reader.ReadAllAsync(cancellationToken))
        {
            await handler(message, cancellationToken);
        }
    }
}
