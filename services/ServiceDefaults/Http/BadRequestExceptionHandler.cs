using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Ecommerce.ServiceDefaults.Http;

/// <summary>
/// Turns a request the endpoint could not bind into the problem a client can act on: 400 naming the JSON path of the
/// field at fault (<c>lines[0].quantity</c>, or <c>body</c> for the document itself) or the query/header parameter,
/// 413 for a body over the limit, 415 naming <c>Content-Type</c>. Anything else is left to the default handler (500).
/// </summary>
public sealed partial class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public const string BodyField = "body";
    public const string ContentTypeField = "Content-Type";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad || httpContext.Response.HasStarted)
        {
            return false;
        }

        var (field, message) = bad.StatusCode switch
        {
            StatusCodes.Status413PayloadTooLarge => (BodyField, $"A request body is at most {RequestLimits.MaxBodyBytes} bytes."),
            StatusCodes.Status415UnsupportedMediaType => (ContentTypeField, "The body must be JSON: Content-Type: application/json."),
            _ => Describe(bad),
        };

        httpContext.Response.StatusCode = bad.StatusCode;
        var problem = bad.StatusCode == StatusCodes.Status400BadRequest
            ? new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] }) { Title = "The request is not valid." }
            : new ProblemDetails { Title = "The request cannot be accepted.", Detail = message };
        problem.Status = bad.StatusCode;
        problem.Extensions["field"] = field;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static (string Field, string Message) Describe(BadHttpRequestException bad)
    {
        for (var inner = bad.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is JsonException json)
            {
                return (FieldOf(json.Path), ReasonOf(json));
            }
        }

        // "Failed to bind parameter "int page" from "x"." / "Required parameter "string id" was not provided from route."
        var parameter = ParameterName().Match(bad.Message);
        return parameter.Success
            ? (parameter.Groups["name"].Value, $"The value is not valid for {parameter.Groups["name"].Value}.")
            : (BodyField, "The request body is not valid JSON for this endpoint.");
    }

    private static string FieldOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$" || path.Length > 200)
        {
            return BodyField;
        }

        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        return field.Length == 0 ? BodyField : char.ToLowerInvariant(field[0]) + field[1..];
    }

    private static string ReasonOf(JsonException json) =>
        json.Message.Contains("maximum configured depth", StringComparison.Ordinal)
            ? "The JSON is nested too deeply."
            : json.Path is null or "$"
                ? "The body is not a JSON object of the expected shape (malformed JSON, or an array or a value instead of an object)."
                : "The value is malformed or of the wrong type (e.g. a fraction or a number too large where a whole number is expected).";

    [GeneratedRegex("""parameter "(?:[^" ]+ )?(?<name>[^" ]+)" """ + "|" + """parameter "(?:[^" ]+ )?(?<name>[^" ]+)"$""")]
    private static partial Regex ParameterName();
}
