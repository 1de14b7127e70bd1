namespace Ecommerce.Ordering.Workflows.Activities;

/// <summary>Asks Inventory to give back whatever it holds for the order.</summary>
public sealed record ReleaseStockInput(Guid OrderId, string Reason, DateTimeOffset ReleasedAt);
