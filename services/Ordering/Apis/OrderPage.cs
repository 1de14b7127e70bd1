using Ecommerce.Ordering.Data;

namespace Ecommerce.Ordering.Apis;

/// <summary>A page of orders, newest first, with the number matching the filter (the shape of every paged list here).</summary>
public sealed record OrderPage(IReadOnlyList<OrderSummary> Items, int Page, int PageSize, long Total);
