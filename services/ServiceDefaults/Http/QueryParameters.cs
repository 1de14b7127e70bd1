using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Ecommerce.ServiceDefaults.Http;

/// <summary>
/// A list endpoint refuses query parameters it does not know (400 naming them), so a caller who writes
/// <c>?limit=-1</c> for <c>?pageSize=</c> learns it instead of silently getting the default page.
/// </summary>
public static class QueryParameters
{
    public static TBuilder AllowQuery<TBuilder>(this TBuilder builder, params string[] names) where TBuilder : IEndpointConventionBuilder
    {
        var allowed = new HashSet<string>(names, StringComparer.OrdinalIgnoreCase);
        builder.AddEndpointFilter(async (context, next) =>
        {
            var unknown = context.HttpContext.Request.Query.Keys.Where(key => !allowed.Contains(key)).Order(StringComparer.Ordinal).ToList();
            if (unknown.Count > 0)
            {
                return TypedResults.ValidationProblem(
                    unknown.ToDictionary(key => key, _ => new[] { $"Unknown query parameter; this endpoint takes {(allowed.Count == 0 ? "none" : string.Join(", ", names))}." }),
                    title: "The query is not valid.");
            }

            return await next(context);
        });
        return builder;
    }
}
