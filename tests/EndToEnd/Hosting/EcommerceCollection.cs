namespace Ecommerce.EndToEnd.Hosting;

/// <summary>The tests that share one running app host (run one after another, as xunit runs a collection).</summary>
[CollectionDefinition(Name)]
public sealed class EcommerceCollection : ICollectionFixture<EcommerceFixture>
{
    public const string Name = "Ecommerce app host";
}
