using Ecommerce.Inventory.Data;
using Ecommerce.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ecommerce.Inventory.Apis;

/// <summary>The operator's catalog: add a product, change its price. Stock moves through restock and orders.</summary>
public static class CatalogApi
{
    public static IEndpointRouteBuilder MapCatalogApi(this IEndpointRouteBuilder endpoints)
    {
        var catalog = endpoints.MapGroup("/products").WithTags("Catalog").RequireAuthorization(Policies.Operator);
        catalog.MapPost("/", CreateProductAsync).WithName("CreateProduct");
        catalog.MapPut("/{id}/price", ChangePriceAsync).WithName("ChangeProductPrice");
        return endpoints;
    }

    public static async Task<Results<Created<Product>, ValidationProblem, ProblemHttpResult>> CreateProductAsync(
        NewProductRequest? request, ProductStore store, CancellationToken cancellationToken)
    {
        var errors = CatalogValidator.Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The product is not valid.");
        }

        var id = request!.Id!;
        var product = await store.CreateAsync(id, request.Name!.Trim(), request.Price!.Value, request.StockOnHand ?? 0, cancellationToken);
        return product is null
            ? TypedResults.Problem(
                title: "The product already exists",
                detail: $"There is already a product '{id}' in the catalog; change its price or restock it instead.",
                statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["field"] = "id" })
            : TypedResults.Created($"/products/{id}", product);
    }

    public static async Task<Results<Ok<Product>, ValidationProblem, ProblemHttpResult>> ChangePriceAsync(
        string id, PriceChangeRequest? request, ProductStore store, CancellationToken cancellationToken)
    {
        if (ProductsApi.InvalidId(id) is { } invalid)
        {
            return invalid;
        }

        var errors = CatalogValidator.Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The price is not valid.");
        }

        return await store.ChangePriceAsync(id, request!.Price!.Value, cancellationToken) is { } product
            ? TypedResults.Ok(product)
            : ProductsApi.UnknownProduct(id);
    }
}
