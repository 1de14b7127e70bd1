namespace Ecommerce.Ordering.Data;

/// <summary>An order's status and, once cancelled, why.</summary>
public sealed record OrderStanding(string Status, string? CancellationReason);
