using Ecommerce.Ordering.Data;
using Ecommerce.ServiceDefaults.Http;

namespace Ecommerce.Ordering.Apis;

/// <summary>Field-by-field validation of GET /orders' query; error keys are the parameters at fault.</summary>
public static class ListOrdersValidator
{
    private const int MaxEmailLength = 254;

    /// <summary>The filter the query asks for (status spelled as stored, email trimmed), or the errors that refuse it.</summary>
    public static (OrderFilter Filter, Dictionary<string, string[]> Errors) Validate(string? status, string? customerEmail, int page, int pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        string? wantedStatus = null;
        if (!string.IsNullOrWhiteSpace(status) && (wantedStatus = OrderStatus.Find(status.Trim())) is null)
        {
            errors["status"] = [$"status is one of {string.Join(", ", OrderStatus.All)} (or left out for every status)."];
        }

        var wantedEmail = string.IsNullOrWhiteSpace(customerEmail) ? null : customerEmail.Trim();
        if (wantedEmail is not null && (wantedEmail.Length > MaxEmailLength || !CleanText.IsClean(wantedEmail)))
        {
            errors["customerEmail"] = [$"customerEmail is an email address: at most {MaxEmailLength} characters, without control characters."];
        }

        Paging.Validate(page, pageSize, errors);
        return (new OrderFilter(wantedStatus, wantedEmail), errors);
    }
}
