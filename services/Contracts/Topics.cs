namespace Ecommerce.Contracts;

/// <summary>
/// Topic names, defined once. They are the seed design's names; a breaking change to an event is a new topic.
/// </summary>
public static class Topics
{
    public const string OrdersNew = "orders.new";
    public const string OrdersConfirmed = "orders.confirmed";
    public const string OrdersCancelled = "orders.cancelled";

    public const string InventoryStockReserved = "inventory.stock.reserved";
    public const string InventoryStockReleased = "inventory.stock.released";

    public const string NotificationsEmailOrderConfirmation = "notifications.email.order.confirmation";
    public const string NotificationsEmailOrderShipped = "notifications.email.order.shipped";

    public const string FulfillmentOrderReady = "fulfillment.order.ready";
    public const string FulfillmentOrderShipped = "fulfillment.order.shipped";

    /// <summary>Every business topic, in the order the lifecycle touches them.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        OrdersNew, InventoryStockReserved, OrdersConfirmed, OrdersCancelled, InventoryStockReleased,
        NotificationsEmailOrderConfirmation, NotificationsEmailOrderShipped,
        FulfillmentOrderReady, FulfillmentOrderShipped,
    ];

    /// <summary>The dead-letter topic of a topic: where its poison messages end, for Operations to keep and replay.</summary>
    public static string DeadLetterOf(string topic) => topic + DeadLetterSuffix;

    public const string DeadLetterSuffix = ".deadletter";
}
