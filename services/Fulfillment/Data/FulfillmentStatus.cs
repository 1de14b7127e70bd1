namespace Ecommerce.Fulfillment.Data;

/// <summary>A fulfilment's status, as the seed names it.</summary>
public static class FulfillmentStatus
{
    public const string Processing = "PROCESSING";
    public const string Shipped = "SHIPPED";

    public static readonly IReadOnlyList<string> All = [Processing, Shipped];
}
