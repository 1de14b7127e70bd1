using System.Globalization;
using Ecommerce.ServiceDefaults.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ecommerce.ServiceDefaults.Http;

/// <summary>
/// Order placement is rate-limited per caller (the token's subject; the client address for a caller without one): a
/// fixed window of <see cref="RateLimitSettings.PermitLimit"/> placements. Over it the answer is 429 problem details
/// with Retry-After, before the body is read or anything stored. Endpoints opt in with
/// <see cref="RequirePlaceOrderLimit{TBuilder}"/>.
/// </summary>
/// <remarks>
/// Not ASP.NET Core's partitioned rate limiter: it takes one process-wide lock on every request, and at four times
/// capacity on two cores that lock queued the thread pool (31% of its blocked thread time in a profile of Ordering),
/// so refusals took seconds and accepted orders waited past their reservation timeout. <see cref="CallerWindows"/>
/// keeps a lock per caller.
/// </remarks>
public static class RateLimits
{
    public static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(RateLimitSettings.Section).Get<RateLimitSettings>() ?? new RateLimitSettings();
        services.AddSingleton(provider => new CallerWindows(settings, provider.GetService<TimeProvider>() ?? TimeProvider.System));
        services.AddSingleton(settings);
        return services;
    }

    public static TBuilder RequirePlaceOrderLimit<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(PlaceOrderLimit.Instance);

    /// <summary>After routing and authentication (the caller is known), before the endpoint reads its body.</summary>
    public static WebApplication UseRateLimits(this WebApplication app)
    {
        // Singletons: resolved once here, not on every request.
        var windows = app.Services.GetRequiredService<CallerWindows>();
        var settings = app.Services.GetRequiredService<RateLimitSettings>();
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<PlaceOrderLimit>() is null)
            {
                await next(context);
                return;
            }

            var caller = context.User.Subject() ?? "address:" + context.Connection.RemoteIpAddress;
            if (windows.TryTake(caller, out var retryAfter))
            {
                await next(context);
                if (context.Response.StatusCode == StatusCodes.Status503ServiceUnavailable)
                {
                    // Refused by the shop's admission control, storing nothing: not an order against the caller's limit,
                    // or a client retrying as told in a rush would run out of permits for orders it never placed.
                    windows.GiveBack(caller);
                }

                return;
            }

            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            await ProblemResponses.WriteAsync(context, StatusCodes.Status429TooManyRequests, "Too many requests.",
                $"At most {settings.PermitLimit} orders per {settings.Window:g} per caller; retry after {seconds} s.",
                new Dictionary<string, object?> { ["retryAfterSeconds"] = seconds });
        });
        return app;
    }

    private sealed class PlaceOrderLimit
    {
        public static readonly PlaceOrderLimit Instance = new();
    }
}
