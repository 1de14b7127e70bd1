namespace Ecommerce.Faults.Hosting;

/// <summary>The faults that run against the app host with replicas.</summary>
[CollectionDefinition(Name)]
public sealed class ReplicaFaultCollection : ICollectionFixture<ReplicaFaultShop>
{
    public const string Name = "Fault app host with replicas";
}
