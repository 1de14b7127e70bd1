using Ecommerce.Contracts;
using Ecommerce.Faults.Hosting;
using Xunit.Abstractions;

namespace Ecommerce.Faults.Scenarios;

[Collection(FaultCollection.Name)]
public sealed class AppHostRestartTests(FaultShop shop, ITestOutputHelper output)
{
    /// <summary>
    /// Ctrl+C on the app host mid-run, then the same command again on the same data folder. PostgreSQL keeps every
    /// order, reservation, workflow and ledger; the embedded broker is in memory, so every event not yet consumed
    /// is gone (orders.new of the newest orders, answers on their way back, confirmations Notifications had not
    /// read). The durable workflows still wait, so each order whose answer was lost ends by the reservation timeout
    /// (Cancelled, its stock released), and a confirmation lost with the broker is never mailed.
    /// </summary>
    [Fact]
    public async Task The_whole_app_host_restarted_leaves_no_order_Placed_and_no_stock_held_by_a_cancelled_order() =>
        await FaultRun.RunAsync(shop, new FaultPlan("app host stopped and started", (shop, ct) => shop.RestartAsync(ct))
        {
            ExplainedCancellations = new HashSet<string> { CancellationReasons.ReservationTimeout },
            BrokerLosesEvents = true,
        }, output);
}
