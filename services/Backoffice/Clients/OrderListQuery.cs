namespace Ecommerce.Backoffice.Clients;

/// <summary>Which page of which orders the operator asks Ordering for; each filter null for any.</summary>
public sealed record OrderListQuery(string? Status, string? CustomerEmail, int Page, int PageSize);
