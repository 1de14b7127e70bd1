namespace Ecommerce.EndToEnd.Clients;

/// <summary>GET /deadletters: a page of dead letters, newest first.</summary>
public sealed record DeadLetterPageView(IReadOnlyList<DeadLetterView> Items, int Page, int PageSize, long Total);
