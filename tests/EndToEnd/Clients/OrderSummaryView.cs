namespace Ecommerce.EndToEnd.Clients;

/// <summary>An order in GET /orders (<see cref="OrderPageView.Items"/>).</summary>
public sealed record OrderSummaryView(Guid Id, string Status, decimal? Total);
