using Ecommerce.LocalSidecar.Components;
using Ecommerce.LocalSidecar.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ecommerce.LocalSidecar.Subscriptions;

/// <summary>Asks the app for its subscriptions (retrying until it answers), then starts one consumer per pub/sub
/// component for the topics subscribed on it, and is done once every consumer is live (owns its partitions).</summary>
public sealed class SubscriptionService(
    SidecarComponents components,
    SidecarOptions options,
    AppChannel app,
    AppHealth.AppHealthMonitor health,
    ILoggerFactory loggerFactory,
    TimeProvider time) : BackgroundService
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<SubscriptionService>();
    private readonly List<PubSub.ISubscription> _running = [];
    private readonly TaskCompletionSource _subscribed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The app's subscriptions, once read.</summary>
    public IReadOnlyList<AppSubscription> Current { get; private set; } = [];

    /// <summary>Completes once the app's subscriptions are read and their consumers live (or there are none).</summary>
    public Task Subscribed => _subscribed.Task;

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        foreach (var subscription in _running)
        {
            await subscription.DisposeAsync();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var cancelled = stoppingToken.Register(() => _subscribed.TrySetCanceled(stoppingToken));
        // daprd starts the app's subscriptions once its health check first reports it healthy (at once without one).
        await health.WaitOpenAsync(stoppingToken);
        var json = options.AppPort is null ? null : await DiscoverAsync(stoppingToken);
        if (json is null)
        {
            _subscribed.TrySetResult();
            return;
        }

        var (subscriptions, rejected) = SubscriptionReader.Read(json);
        Current = subscriptions;
        foreach (var reason in rejected)
        {
            SubscriptionLog.Rejected(_logger, reason);
        }

        foreach (var group in subscriptions.GroupBy(s => s.PubSubName, StringComparer.Ordinal))
        {
            if (!components.PubSubs.TryGetValue(group.Key, out var pubSub))
            {
                foreach (var subscription in group)
                {
                    SubscriptionLog.UnknownPubSub(_logger, subscription.PubSubName, subscription.Topic);
                }

                continue;
            }

            var byTopic = group.GroupBy(s => s.Topic, StringComparer.Ordinal).ToDictionary(t => t.Key, t => t.First(), StringComparer.Ordinal);
            var dispatcher = new MessageDispatcher(pubSub, byTopic, components.Resiliency.Inbound(pubSub.Name), app, health, options.DeliveryCopies, loggerFactory.CreateLogger<MessageDispatcher>(), time);
            _running.Add(pubSub.Subscribe(byTopic.Keys.ToList(), dispatcher.HandleAsync, health));
            SubscriptionLog.Subscribed(_logger, pubSub.Name, string.Join(", ", byTopic.Keys));
        }

        await Task.WhenAll(_running.Select(r => r.Live)).WaitAsync(stoppingToken);
        SubscriptionLog.Live(_logger);
        _subscribed.TrySetResult();
    }

    private async Task<string?> DiscoverAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await app.GetSubscriptionsAsync(cancellationToken);
            }
            catch (HttpRequestException e)
            {
                SubscriptionLog.AppNotReady(_logger, $"{options.AppChannelAddress}:{options.AppPort}", e.Message);
                await Task.Delay(options.SubscribeRetryInterval, time, cancellationToken);
            }
        }
    }
}
