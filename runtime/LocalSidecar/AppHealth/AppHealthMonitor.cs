using Ecommerce.LocalSidecar.Hosting;
using Ecommerce.LocalSidecar.PubSub;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ecommerce.LocalSidecar.AppHealth;

/// <summary>
/// daprd's app health probes (pkg/apphealth): the app starts unhealthy, a probe runs at once and then every
/// interval, one success makes it healthy, <c>threshold</c> failures in a row make it unhealthy. While unhealthy the
/// gate is closed: consumers pause and deliveries wait instead of using up retries. Without the flag the gate is
/// always open.
/// </summary>
public sealed class AppHealthMonitor(SidecarOptions options, AppHealthProbe probe, ILogger<AppHealthMonitor> logger, TimeProvider time)
    : BackgroundService, IDeliveryGate
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _open = NewOpen(options.AppHealth is null || options.AppPort is null);
    private int _failures = options.AppHealth?.Threshold ?? 0;

    public bool IsOpen => _open.Task.IsCompleted;

    /// <summary>Probes run so far (tests wait on it rather than on the clock).</summary>
    public int Probes { get; private set; }

    public Task WaitOpenAsync(CancellationToken cancellationToken) => _open.Task.WaitAsync(cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.AppHealth is not { } health || options.AppPort is null)
        {
            return;
        }

        AppHealthLog.Starting(logger, health.Path, health.ProbeInterval, health.ProbeTimeout, health.Threshold);
        using var ticker = new PeriodicTimer(health.ProbeInterval, time);
        do
        {
            var failure = await probe.ProbeAsync(health, stoppingToken);
            Record(health, failure);
        }
        while (await ticker.WaitForNextTickAsync(stoppingToken));
    }

    private void Record(AppHealthOptions health, string? failure)
    {
        lock (_gate)
        {
            Probes++;
            if (failure is null)
            {
                var previous = _failures;
                _failures = 0;
                if (previous >= health.Threshold)
                {
                    _open.TrySetResult();
                    AppHealthLog.Healthy(logger);
                }

                return;
            }

            AppHealthLog.ProbeFailed(logger, failure);
            if (++_failures == health.Threshold)
            {
                _open = NewOpen(false);
                AppHealthLog.Unhealthy(logger, failure);
            }
        }
    }

    private static TaskCompletionSource NewOpen(bool open)
    {
        var source = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (open)
        {
            source.SetResult();
        }

        return source;
    }
}
