namespace Ecommerce.Contracts.Events;

/// <summary>fulfillment.order.ready: a fulfilment was opened for a confirmed order.</summary>
public sealed record FulfillmentReady(Guid FulfillmentId, Guid OrderId, DateTimeOffset ReadyAt) : IOrderEvent;
