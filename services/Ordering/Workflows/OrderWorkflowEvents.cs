namespace Ecommerce.Ordering.Workflows;

/// <summary>The external events <see cref="OrderLifecycleWorkflow"/> waits for, raised by the subscriptions and the API.</summary>
public static class OrderWorkflowEvents
{
    /// <summary>Payload: <see cref="Ecommerce.Contracts.Events.StockReserved"/>.</summary>
    public const string StockReserved = "StockReserved";

    /// <summary>Payload: Inventory's <see cref="Ecommerce.Contracts.Events.OrderCancelled"/> (reason and detail).</summary>
    public const string StockRejected = "StockRejected";

    /// <summary>Payload: <see cref="Ecommerce.Contracts.Events.OrderShipped"/>.</summary>
    public const string OrderShipped = "OrderShipped";

    /// <summary>Payload: <see cref="CancelRequested"/>.</summary>
    public const string CancelRequested = "CancelRequested";
}
