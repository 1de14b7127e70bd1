using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.ServiceDefaults.Http;

/// <summary>
/// Bad input answered once for every service: bodies over <see cref="MaxBodyBytes"/> get 413 before they are read
/// (Kestrel enforces the same limit on bodies without a length), and a body or parameter the endpoint cannot bind
/// (malformed JSON, wrong types, too deep, wrong content type) gets a 4xx problem naming the field, through
/// <see cref="BadRequestExceptionHandler"/>: minimal APIs throw instead of answering an empty 400.
/// </summary>
public static class RequestLimits
{
    /// <summary>64 KiB: an order of 100 lines is about 10 KiB. Nothing any API takes needs more.</summary>
    public const long MaxBodyBytes = 64 * 1024;

    public static IServiceCollection AddRequestLimits(this IServiceCollection services)
    {
        services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestBodySize = MaxBodyBytes);
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

        // Numbers are numbers: the web defaults would also read "2" as 2.
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        return services;
    }

    public static WebApplication UseRequestLimits(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > MaxBodyBytes)
            {
                await ProblemResponses.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "The request body is too large.",
                    $"A request body is at most {MaxBodyBytes} bytes; this one has {context.Request.ContentLength}.",
                    new Dictionary<string, object?> { ["field"] = BadRequestExceptionHandler.BodyField });
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = MaxBodyBytes;
            }

            await next(context);
        });
        return app;
    }
}
