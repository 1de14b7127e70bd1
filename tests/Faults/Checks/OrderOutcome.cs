namespace Ecommerce.Faults.Checks;

/// <summary>Where one order stands in Ordering's database.</summary>
public sealed record OrderOutcome(Guid OrderId, string CustomerEmail, string Status, string? CancellationReason)
{
    public bool IsFinal => Status is "Confirmed" or "Shipped" or "Cancelled";

    public override string ToString() => $"{OrderId} {Status}{(CancellationReason is null ? "" : $" ({CancellationReason})")}";
}
