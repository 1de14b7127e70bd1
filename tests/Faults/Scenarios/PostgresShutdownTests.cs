using Ecommerce.Contracts;
using Ecommerce.Faults.Hosting;
using Ecommerce.Faults.Injection;
using Xunit.Abstractions;

namespace Ecommerce.Faults.Scenarios;

[Collection(FaultCollection.Name)]
public sealed class PostgresShutdownTests(FaultShop shop, ITestOutputHelper output)
{
    [Fact]
    public async Task PostgreSQL_shut_down_immediately_for_ten_seconds_loses_no_order_no_mail_and_no_stock() =>
        await FaultRun.RunAsync(shop, new FaultPlan("PostgreSQL immediate shutdown",
            (shop, ct) => ProcessFaults.PostgresImmediateShutdownAsync(shop.App, FaultRun.Hold, ct))
        {
            // Every service and the workflow store stop with it; an order can wait past the timeout.
            ExplainedCancellations = new HashSet<string> { CancellationReasons.ReservationTimeout },
        }, output);
}
