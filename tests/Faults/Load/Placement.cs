namespace Ecommerce.Faults.Load;

/// <summary>One POST /orders: the order id when Ordering accepted it (202), else the status (0: no answer at all).</summary>
public sealed record Placement(Guid? OrderId, int StatusCode)
{
    public bool Accepted => OrderId is not null;
}
