namespace Ecommerce.Inventory.Data;

public enum ReleaseOutcome
{
    /// <summary>The order's held units went back to stock.</summary>
    Released,

    /// <summary>Nothing was held yet: a tombstone now stops a late orders.new from reserving.</summary>
    Tombstoned,

    /// <summary>Nothing to give back: already released, rejected or shipped.</summary>
    NothingHeld,
}
