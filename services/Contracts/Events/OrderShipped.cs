namespace Ecommerce.Contracts.Events;

/// <summary>fulfillment.order.shipped: the order left the warehouse.</summary>
public sealed record OrderShipped(Guid FulfillmentId, Guid OrderId, DateTimeOffset ShippedAt) : IOrderEvent;
