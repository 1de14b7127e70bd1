using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.ServiceDefaults.Http;

/// <summary>Every error answers as RFC 9457 problem details, with the trace id to find it in the logs.</summary>
public static class ProblemDetailsExtensions
{
    public static IServiceCollection AddHttpProblemDetails(this IServiceCollection services) =>
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
            context.ProblemDetails.Extensions.TryAdd("traceId", context.HttpContext.TraceIdentifier));
}
