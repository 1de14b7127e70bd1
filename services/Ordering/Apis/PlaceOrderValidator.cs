using Ecommerce.ServiceDefaults.Http;

namespace Ecommerce.Ordering.Apis;

/// <summary>Field-by-field validation of POST /orders; error keys are the JSON paths of the fields at fault.</summary>
public static class PlaceOrderValidator
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";
    public const int MaxLines = 100;
    public const int MaxQuantity = 1000;
    private const int MaxAddressLength = 500;
    private const int MaxProductIdLength = 100;
    private const int MaxIdempotencyKeyLength = 200;

    public static Dictionary<string, string[]> Validate(PlaceOrderRequest? request, string? idempotencyKey)
    {
        var errors = new Dictionary<string, string[]>();
        if (idempotencyKey is not null && (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > MaxIdempotencyKeyLength
                || !idempotencyKey.All(c => c is > ' ' and <= '~')))
        {
            errors[IdempotencyKeyHeader] = [$"When sent, the Idempotency-Key header must be 1 to {MaxIdempotencyKeyLength} visible ASCII characters (no spaces)."];
        }

        if (request is null)
        {
            errors["body"] = ["The request body is required: { shippingAddress, lines: [{ productId, quantity }] }."];
            return errors;
        }

        if (string.IsNullOrWhiteSpace(request.ShippingAddress))
        {
            errors["shippingAddress"] = ["The shipping address is required."];
        }
        else if (request.ShippingAddress.Length > MaxAddressLength)
        {
            errors["shippingAddress"] = [$"The shipping address is at most {MaxAddressLength} characters."];
        }
        else if (!CleanText.IsClean(request.ShippingAddress))
        {
            errors["shippingAddress"] = ["The shipping address may not contain control characters (such as NUL) or broken UTF-16."];
        }

        ValidateLines(request.Lines, errors);
        return errors;
    }

    private static void ValidateLines(IReadOnlyList<PlaceOrderLine?>? lines, Dictionary<string, string[]> errors)
    {
        if (lines is null || lines.Count == 0)
        {
            errors["lines"] = ["At least one line is required."];
            return;
        }

        if (lines.Count > MaxLines)
        {
            errors["lines"] = [$"An order has at most {MaxLines} lines."];
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line is null)
            {
                errors[$"lines[{i}]"] = ["A line is required, not null."];
                continue;
            }

            if (string.IsNullOrWhiteSpace(line.ProductId))
            {
                errors[$"lines[{i}].productId"] = ["The product id is required."];
            }
            else if (line.ProductId.Length > MaxProductIdLength)
            {
                errors[$"lines[{i}].productId"] = [$"A product id is at most {MaxProductIdLength} characters."];
            }
            else if (!CleanText.IsClean(line.ProductId))
            {
                errors[$"lines[{i}].productId"] = ["A product id may not contain control characters (such as NUL) or broken UTF-16."];
            }
            else if (!seen.Add(line.ProductId.Trim()))
            {
                errors[$"lines[{i}].productId"] = [$"Product '{line.ProductId}' is already on another line; put the whole quantity on one line."];
            }

            if (line.Quantity is null)
            {
                errors[$"lines[{i}].quantity"] = ["The quantity is required."];
            }
            else if (line.Quantity is < 1 or > MaxQuantity)
            {
                errors[$"lines[{i}].quantity"] = [$"The quantity must be between 1 and {MaxQuantity}."];
            }
        }
    }
}
