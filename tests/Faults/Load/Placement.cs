namespace Ecommerce.Faults.Load;

/// <summary>
/// One POST /orders to one Ordering replica (<paramref name="Entrance"/>): the order id when it accepted it (202),
/// else the status (0: no answer at all, with the exception's type in <paramref name="Failure"/>).
/// </summary>
public sealed record Placement(string Entrance, Guid? OrderId, int StatusCode, string? Failure = null)
{
    public string Outcome => StatusCode == 0 ? $"no answer ({Failure})" : StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public bool Accepted => OrderId is not null;
}
