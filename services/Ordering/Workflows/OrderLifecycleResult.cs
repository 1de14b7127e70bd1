namespace Ecommerce.Ordering.Workflows;

/// <summary>How an order's lifecycle ended: its final status and, when cancelled, why.</summary>
public sealed record OrderLifecycleResult(Guid OrderId, string Status, string? Reason = null)
{
    /// <summary>
    /// The status of a lifecycle started for an order that is not stored (its placement was rolled back): the
    /// workflow ends at once and touches nothing. Not an order status: no order row ever has it.
    /// </summary>
    public const string Missing = "Missing";
}
