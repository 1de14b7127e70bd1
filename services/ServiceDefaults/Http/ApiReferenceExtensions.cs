using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Scalar.AspNetCore;

namespace Ecommerce.ServiceDefaults.Http;

public static class ApiReferenceExtensions
{
    public const string Path = "/scalar";

    /// <summary>
    /// An interactive API reference (Scalar) at <c>/scalar</c> over the service's OpenAPI document, with a request
    /// example for every operation (body examples generated from the schemas, ready-to-copy curl). Development only, as
    /// in the local run: it is a page for people trying the API, not part of the service's contract.
    /// </summary>
    public static WebApplication MapApiReference(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            return app;
        }

        // Authorize from the page: the OpenAPI document declares the bearer scheme (ServiceDefaults/Security), so the
        // page asks for a token (README, "Security": one curl) and sends it with every request it tries.
        app.MapScalarApiReference(Path, options => options
            .WithTitle($"{app.Environment.ApplicationName} API")
            .WithDefaultHttpClient(ScalarTarget.Shell, ScalarClient.Curl))
            .AllowAnonymous();
        return app;
    }
}
