using Ecommerce.TestSupport;

namespace Ecommerce.LocalSidecar.Tests;

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres";
}
