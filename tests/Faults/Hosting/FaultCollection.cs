namespace Ecommerce.Faults.Hosting;

/// <summary>Every fault runs against one app host, one fault after another.</summary>
[CollectionDefinition(Name)]
public sealed class FaultCollection : ICollectionFixture<FaultShop>
{
    public const string Name = "Fault app host";
}
