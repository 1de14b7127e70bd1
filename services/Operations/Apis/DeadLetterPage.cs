namespace Ecommerce.Operations.Apis;

/// <summary>A page of dead letters, newest first, with the number matching the filter.</summary>
public sealed record DeadLetterPage(IReadOnlyList<DeadLetterSummary> Items, int Page, int PageSize, long Total);
