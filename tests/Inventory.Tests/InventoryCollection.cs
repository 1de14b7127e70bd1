using Ecommerce.TestSupport;

namespace Ecommerce.Inventory.Tests;

/// <summary>One PostgreSQL server for the suite; every test gets its own database and service.</summary>
[CollectionDefinition(Name)]
public sealed class InventoryCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "inventory";
}
