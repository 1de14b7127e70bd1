namespace Ecommerce.Ordering.Workflows.Activities;

/// <summary>Why the order ends cancelled (a <see cref="Ecommerce.Contracts.CancellationReasons"/> value) and when.</summary>
public sealed record CancelOrderInput(Guid OrderId, string Reason, string? Detail, DateTimeOffset CancelledAt);
