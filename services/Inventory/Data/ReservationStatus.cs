namespace Ecommerce.Inventory.Data;

/// <summary>Where an order's hold on stock stands; stored as text in reservation_outcomes.status.</summary>
public static class ReservationStatus
{
    /// <summary>Every line is held; the units are out of stock_on_hand.</summary>
    public const string Reserved = "Reserved";

    /// <summary>Nothing was held: a product is unknown or short. The reason is stored for redelivery.</summary>
    public const string Rejected = "Rejected";

    /// <summary>The hold was given back, or (with no lines) the release came first and blocks a later reservation.</summary>
    public const string Released = "Released";

    /// <summary>The order shipped; its units left for good.</summary>
    public const string Committed = "Committed";
}
