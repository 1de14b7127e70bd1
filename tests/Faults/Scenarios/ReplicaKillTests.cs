using Ecommerce.Faults.Hosting;
using Ecommerce.Faults.Injection;
using Xunit.Abstractions;

namespace Ecommerce.Faults.Scenarios;

[Collection(ReplicaFaultCollection.Name)]
public sealed class ReplicaKillTests(ReplicaFaultShop shop, ITestOutputHelper output)
{
    // The whole second replica of each, app and sidecar, as a pod dies: its Kafka consumers vanish without leaving
    // their groups and its workflow backend stops renewing its leases.
    private static readonly string[] Killed = ["ordering-2", "ordering-2-sidecar", "inventory-2", "inventory-2-sidecar"];

    // Longer than a dead backend's workflow leases last (LocalSidecar.Workflow LeaseDuration, 15 s) and than the
    // consumers' session timeout (10 s), so the surviving replicas take the partitions and the workflows over before the
    // killed ones come back; after the 10 s of the other kills a restarted replica would take its own leases back itself.
    private static readonly TimeSpan Hold = TimeSpan.FromSeconds(20);

    // No cancellation is explained: the survivors take over well within the 30 s reservation timeout.
    [Fact]
    public async Task One_of_two_replicas_of_Ordering_and_of_Inventory_killed_loses_no_order_no_mail_and_no_stock() =>
        await FaultRun.RunAsync(shop, new FaultPlan("kill -9 one of two replicas of ordering and of inventory",
            (shop, ct) => Task.WhenAll(Killed.Select(resource => ProcessFaults.KillAsync(shop.App, resource, Hold, ct)))), output);
}
