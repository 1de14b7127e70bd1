using Ecommerce.TestSupport.Servers;

namespace Ecommerce.LocalSidecar.Tests.Infrastructure;

[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisServer>
{
    public const string Name = "redis";
}
