namespace Ecommerce.Backoffice.Clients;

/// <summary>A fulfilment (Fulfillment's GET /fulfillments): what to pack for an order, and whether it left.</summary>
public sealed record FulfillmentView(Guid Id, Guid OrderId, string Status, string ShippingAddress, IReadOnlyList<FulfillmentLineView> Lines, DateTimeOffset CreatedAt, DateTimeOffset? ShippedAt);
