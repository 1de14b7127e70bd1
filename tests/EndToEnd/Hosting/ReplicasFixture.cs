namespace Ecommerce.EndToEnd.Hosting;

/// <summary>
/// The app host with two replicas of Ordering and of Inventory (<c>--LocalRun:ReplicasOf:ordering=2</c>, ...), each
/// replica its own process with its own sidecar: they share their app id's consumer group and Ordering's workflow store.
/// Every event is delivered once, so the scenario measures the replicas, not redelivery.
/// </summary>
public sealed class ReplicasFixture() : EcommerceFixture(Options)
{
    public static EcommerceAppOptions Options { get; } = EcommerceAppOptions.Default with
    {
        DeliveryCopies = 1,
        Replicas = new Dictionary<string, int> { ["ordering"] = 2, ["inventory"] = 2 },
    };
}

/// <summary>The tests that share the app host with replicas (its own run: one more start of the whole system).</summary>
[CollectionDefinition(Name)]
public sealed class ReplicasCollection : ICollectionFixture<ReplicasFixture>
{
    public const string Name = "Ecommerce app host with replicas";
}
