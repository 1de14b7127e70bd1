using Ecommerce.Inventory.Data;
using Ecommerce.ServiceDefaults.Http;
using Ecommerce.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ecommerce.Inventory.Apis;

/// <summary>The catalog and its stock: read by anyone signed in, restocked by an operator.</summary>
public static class ProductsApi
{
    public const int MaxRestockQuantity = 1_000_000;
    public const int MaxProductIdLength = 100;

    public static IEndpointRouteBuilder MapProductsApi(this IEndpointRouteBuilder endpoints)
    {
        var products = endpoints.MapGroup("/products").WithTags("Products").RequireAuthorization(Policies.SignedIn);
        products.MapGet("/", ListProductsAsync).WithName("ListProducts");
        products.MapGet("/{id}", GetProductAsync).WithName("GetProduct");
        products.MapPost("/{id}/restock", RestockAsync).WithName("RestockProduct").RequireAuthorization(Policies.Operator);
        return endpoints;
    }

    public static async Task<Ok<IReadOnlyList<Product>>> ListProductsAsync(
        ProductStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ListAsync(cancellationToken));

    public static async Task<Results<Ok<Product>, ValidationProblem, ProblemHttpResult>> GetProductAsync(
        string id, ProductStore store, CancellationToken cancellationToken)
    {
        if (InvalidId(id) is { } invalid)
        {
            return invalid;
        }

        return await store.FindAsync(id, cancellationToken) is { } product
            ? TypedResults.Ok(product)
            : UnknownProduct(id);
    }

    public static async Task<Results<Ok<Product>, ValidationProblem, ProblemHttpResult>> RestockAsync(
        string id, RestockRequest? request, ProductStore store, CancellationToken cancellationToken)
    {
        if (InvalidId(id) is { } invalid)
        {
            return invalid;
        }

        if (request?.Quantity is not { } quantity || quantity is < 1 or > MaxRestockQuantity)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["quantity"] = [$"Quantity is required: a whole number of units from 1 to {MaxRestockQuantity}."],
            });
        }

        var (outcome, product) = await store.RestockAsync(id, quantity, cancellationToken);
        return outcome switch
        {
            RestockOutcome.Restocked => TypedResults.Ok(product!),
            RestockOutcome.UnknownProduct => UnknownProduct(id),
            _ => TypedResults.Problem(
                title: "Stock limit exceeded",
                detail: $"Adding {quantity} units to {id} would exceed the largest stock a product can hold ({int.MaxValue}).",
                statusCode: StatusCodes.Status409Conflict),
        };
    }

    internal static ValidationProblem? InvalidId(string id) =>
        id.Length <= MaxProductIdLength && CleanText.IsClean(id)
            ? null
            : TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["id"] = [$"A product id is at most {MaxProductIdLength} characters, without control characters or broken UTF-16."],
            });

    internal static ProblemHttpResult UnknownProduct(string id) =>
        TypedResults.Problem(
            title: "Unknown product",
            detail: $"There is no product '{id}' in the catalog.",
            statusCode: StatusCodes.Status404NotFound);
}
