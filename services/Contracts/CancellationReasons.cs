namespace Ecommerce.Contracts;

/// <summary>Why an order was cancelled. Carried as a string so other languages can read it.</summary>
public static class CancellationReasons
{
    public const string InsufficientStock = "INSUFFICIENT_STOCK";
    public const string UnknownProduct = "UNKNOWN_PRODUCT";
    public const string CustomerCancelled = "CUSTOMER_CANCELLED";
    public const string ReservationTimeout = "RESERVATION_TIMEOUT";
}
