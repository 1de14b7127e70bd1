using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.ServiceDefaults.Http;

/// <summary>Every error answers as RFC 9457 problem details, with the trace id to find it in the logs.</summary>
public static class ProblemDetailsExtensions
{
    public static IServiceCollection AddHttpProblemDetails(this IServiceCollection services) =>
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions.TryAdd("traceId", context.HttpContext.TraceIdentifier);

            // Minimal APIs answer a body that is not JSON with a bare 415; say which header is at fault.
            if (context.ProblemDetails.Status == StatusCodes.Status415UnsupportedMediaType)
            {
                context.ProblemDetails.Detail ??= "The body must be JSON: Content-Type: application/json.";
                context.ProblemDetails.Extensions.TryAdd("field", BadRequestExceptionHandler.ContentTypeField);
            }
        });
}
