namespace Ecommerce.ServiceDefaults.Http;

/// <summary>
/// The page/pageSize query of every paged list (Ordering's orders, Operations' dead letters), answered as
/// <c>{items, page, pageSize, total}</c>.
/// </summary>
public static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>Adds what is wrong with a page/pageSize pair to <paramref name="errors"/>, keyed by the parameter at fault.</summary>
    public static void Validate(int page, int pageSize, Dictionary<string, string[]> errors)
    {
        if (page < 1)
        {
            errors["page"] = ["page starts at 1."];
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"pageSize is between 1 and {MaxPageSize}."];
        }
    }
}
