namespace Ecommerce.Ordering.Data;

/// <summary>
/// An order's statuses. Placed is written at placement; every later change is written by the lifecycle workflow.
/// Shipped and Cancelled are final.
/// </summary>
public static class OrderStatus
{
    public const string Placed = "Placed";
    public const string Confirmed = "Confirmed";
    public const string Shipped = "Shipped";
    public const string Cancelled = "Cancelled";

    public static readonly IReadOnlyList<string> All = [Placed, Confirmed, Shipped, Cancelled];

    /// <summary>The status spelled as stored, whatever the case it was written in; null when there is no such status.</summary>
    public static string? Find(string name) => All.FirstOrDefault(status => string.Equals(status, name, StringComparison.OrdinalIgnoreCase));

    public static bool IsFinal(string status) => status is Shipped or Cancelled;
}
