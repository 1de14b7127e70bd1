using Ecommerce.Contracts.Events;

namespace Ecommerce.Ordering.Workflows.Activities;

/// <summary>The reservation Inventory made: the priced lines and total to record on the order.</summary>
public sealed record ConfirmOrderInput(Guid OrderId, IReadOnlyList<PricedLine> Lines, decimal Total, DateTimeOffset ConfirmedAt);
