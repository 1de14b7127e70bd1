using System.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ecommerce.AppHost;

/// <summary>
/// Waits until every resource of the run is healthy — the stand-ins, each service's <c>/health/ready</c> and its
/// sidecar's health endpoint (ready once its subscriptions are live) — then prints one summary of where everything is.
/// </summary>
public sealed class ReadySummary(
    DistributedApplicationModel model,
    ResourceNotificationService notifications,
    LocalRunReadiness readiness,
    ReadySummaryText text,
    ILogger<ReadySummary> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var clock = Stopwatch.StartNew();
        var awaited = text.AwaitedResources(model);
        try
        {
            await Task.WhenAll(awaited.Select(resource => notifications.WaitForResourceHealthyAsync(resource.Name, stoppingToken)));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }

        readiness.MarkReady();
        LocalRunLog.Ready(logger, clock.Elapsed.TotalSeconds, text.Build(model));
    }
}
