namespace Ecommerce.EndToEnd.Clients;

/// <summary>An order in GET /orders?customerEmail= (newest first, at most 100).</summary>
public sealed record OrderSummaryView(Guid Id, string Status, decimal? Total);
