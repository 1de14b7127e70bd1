namespace Ecommerce.Ordering.Workflows.Activities;

/// <summary>The order left the warehouse at <see cref="ShippedAt"/>.</summary>
public sealed record MarkOrderShippedInput(Guid OrderId, DateTimeOffset ShippedAt);
