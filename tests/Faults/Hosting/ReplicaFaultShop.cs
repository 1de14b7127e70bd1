using Ecommerce.EndToEnd.Hosting;

namespace Ecommerce.Faults.Hosting;

/// <summary>
/// The fault app host with two replicas of Ordering and of Inventory (each replica its own process and sidecar; the
/// replicas of an app id share its consumer group and its workflow store), for the replica faults only: it is one
/// more start of the whole system, so the other faults keep the one-replica host.
/// </summary>
public sealed class ReplicaFaultShop() : FaultShop(TwoOfOrderingAndInventory)
{
    private static readonly EcommerceAppOptions TwoOfOrderingAndInventory = Options with
    {
        Replicas = new Dictionary<string, int> { ["ordering"] = 2, ["inventory"] = 2 },
    };
}
