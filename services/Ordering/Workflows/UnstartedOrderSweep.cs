using Ecommerce.Ordering.Data;
using Microsoft.Extensions.Options;

namespace Ecommerce.Ordering.Workflows;

/// <summary>
/// Starts the lifecycle of any order stored without one. Placement stores the order, then starts its workflow; an
/// Ordering process that dies between the two leaves an order Placed with nothing to move it on (and a retry with the
/// same Idempotency-Key finds the stored order, so it starts nothing either). An order still Placed well after a
/// reservation would have timed out (<see cref="OrderingOptions.UnstartedOrderAfter"/>) has its workflow started now;
/// one that has a workflow, only slow, is left as it is (the start answers AlreadyExists). Every replica sweeps, which
/// is harmless for the same reason.
/// </summary>
public sealed partial class UnstartedOrderSweep(
    OrderRepository orders, OrderWorkflows workflows, IOptions<OrderingOptions> options, TimeProvider time, ILogger<UnstartedOrderSweep> logger)
    : BackgroundService
{
    private const int Batch = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.UnstartedOrderSweepInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var before = time.GetUtcNow() - (options.Value.UnstartedOrderAfter ?? 2 * options.Value.ReservationTimeout);
                foreach (var orderId in await orders.ListPlacedBeforeAsync(before, Batch, stoppingToken))
                {
                    await workflows.StartAsync(orderId, stoppingToken);
                    LogSwept(orderId);
                }
            }
            catch (Exception exception) when (exception is WorkflowRuntimeUnavailableException or Npgsql.NpgsqlException)
            {
                // The sidecar or the database is away: the next sweep tries again.
                LogSweepFailed(exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Order {OrderId} is still Placed long after placement: its lifecycle is started (or already runs)")]
    private partial void LogSwept(Guid orderId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not sweep orders stored without a lifecycle; trying again at the next sweep")]
    private partial void LogSweepFailed(Exception exception);
}
