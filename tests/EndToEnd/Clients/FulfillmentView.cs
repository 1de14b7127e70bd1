namespace Ecommerce.EndToEnd.Clients;

/// <summary>A fulfilment as Fulfillment lists it.</summary>
public sealed record FulfillmentView(Guid Id, Guid OrderId, string Status, string ShippingAddress, DateTimeOffset? ShippedAt);
