namespace Ecommerce.Inventory.Data;

public enum RestockOutcome
{
    Restocked,
    UnknownProduct,

    /// <summary>The new stock would not fit the stock column (more than int.MaxValue units).</summary>
    StockLimitExceeded,
}
