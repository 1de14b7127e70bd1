namespace Ecommerce.Backoffice.Clients;

/// <summary>A page of dead letters, newest first.</summary>
public sealed record DeadLetterPageView(IReadOnlyList<DeadLetterSummaryView> Items, int Page, int PageSize, long Total);
