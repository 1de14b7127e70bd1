namespace Ecommerce.Inventory.Data;

public enum CommitOutcome
{
    /// <summary>The held units are now shipped for good.</summary>
    Committed,

    /// <summary>A redelivery: the shipment was already recorded.</summary>
    AlreadyCommitted,

    /// <summary>The order holds nothing (rejected or released), so there is nothing to commit.</summary>
    NotHeld,

    /// <summary>Inventory never heard of the order.</summary>
    UnknownOrder,
}
