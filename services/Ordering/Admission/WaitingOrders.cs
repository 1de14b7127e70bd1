namespace Ecommerce.Ordering.Admission;

/// <summary>The orders placed and not yet answered by Inventory: how many, and how long the oldest has waited.</summary>
public sealed record WaitingOrders(int Count, TimeSpan OldestAge);
