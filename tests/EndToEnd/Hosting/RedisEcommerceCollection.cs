namespace Ecommerce.EndToEnd.Hosting;

/// <summary>The order lifecycle scenarios again, on one app host whose pub/sub is Redis Streams.</summary>
[CollectionDefinition(Name)]
public sealed class RedisEcommerceCollection : ICollectionFixture<RedisEcommerceFixture>
{
    public const string Name = "Ecommerce app host on Redis";
}
