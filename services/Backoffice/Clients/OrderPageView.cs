namespace Ecommerce.Backoffice.Clients;

/// <summary>A page of orders, newest first, with the number matching the filter.</summary>
public sealed record OrderPageView(IReadOnlyList<OrderSummaryView> Items, int Page, int PageSize, long Total);
