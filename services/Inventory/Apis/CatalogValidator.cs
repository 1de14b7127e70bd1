using System.Text.RegularExpressions;
using Ecommerce.ServiceDefaults.Http;

namespace Ecommerce.Inventory.Apis;

/// <summary>The rules of the catalog's fields, each error keyed by the field it is about.</summary>
public static partial class CatalogValidator
{
    public const int MaxNameLength = 200;
    public const int MaxInitialStock = ProductsApi.MaxRestockQuantity;

    /// <summary>The largest price numeric(12, 2) holds.</summary>
    public const decimal MaxPrice = 9_999_999_999.99m;

    public static Dictionary<string, string[]> Validate(NewProductRequest? request)
    {
        var errors = new Dictionary<string, string[]>();
        if (request is null)
        {
            errors["body"] = ["A product is required: id, name, price and optionally stockOnHand."];
            return errors;
        }

        if (string.IsNullOrWhiteSpace(request.Id) || request.Id.Length > ProductsApi.MaxProductIdLength || !SkuPattern().IsMatch(request.Id))
        {
            errors["id"] = [$"An id is required: 1 to {ProductsApi.MaxProductIdLength} letters, digits, '-', '_' or '.'."];
        }

        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Trim().Length > MaxNameLength || !CleanText.IsClean(request.Name))
        {
            errors["name"] = [$"A name is required: at most {MaxNameLength} characters, without control characters."];
        }

        if (PriceError(request.Price) is { } price)
        {
            errors["price"] = [price];
        }

        if (request.StockOnHand is < 0 or > MaxInitialStock)
        {
            errors["stockOnHand"] = [$"stockOnHand is a whole number of units from 0 to {MaxInitialStock}."];
        }

        return errors;
    }

    public static Dictionary<string, string[]> Validate(PriceChangeRequest? request) =>
        PriceError(request?.Price) is { } error ? new() { ["price"] = [error] } : [];

    private static string? PriceError(decimal? price) =>
        price is not { } value || value < 0 || value > MaxPrice || decimal.Round(value, 2) != value
            ? $"A price is required: from 0 to {MaxPrice}, in whole cents."
            : null;

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex SkuPattern();
}
