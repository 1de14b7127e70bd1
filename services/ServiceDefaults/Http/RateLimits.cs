using System.Globalization;
using System.Threading.RateLimiting;
using Ecommerce.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.ServiceDefaults.Http;

/// <summary>
/// ASP.NET Core's rate limiter, per caller (the token's subject; the client address for a caller without one): a
/// fixed window of <see cref="RateLimitSettings.PermitLimit"/> order placements. Over it the answer is 429 problem
/// details with Retry-After, before anything is read or stored.
/// </summary>
public static class RateLimits
{
    public const string PlaceOrder = "place-order";

    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(RateLimitSettings.Section).Get<RateLimitSettings>() ?? new RateLimitSettings();
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(PlaceOrder, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.Subject() ?? "address:" + context.Connection.RemoteIpAddress,
                _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.PermitLimit, Window = settings.Window, QueueLimit = 0 }));
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : settings.Window;
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await ProblemResponses.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests.",
                    $"At most {settings.PermitLimit} orders per {settings.Window:g} per caller; retry after {seconds} s.",
                    new Dictionary<string, object?> { ["retryAfterSeconds"] = seconds });
            };
        });
        return services;
    }
}
