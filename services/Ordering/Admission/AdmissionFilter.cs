using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ecommerce.Ordering.Admission;

/// <summary>
/// Runs before POST /orders stores anything: a saturated pipeline answers 503 ProblemDetails with Retry-After, so
/// the client retries later instead of holding an order that would be cancelled for our own slowness.
/// </summary>
public sealed partial class AdmissionFilter(AdmissionGate gate, ILogger<AdmissionFilter> logger) : IEndpointFilter
{
    private static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(2);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!gate.TryStartPlacing())
        {
            LogTooManyPlacing(gate.MaxPlacing);
            return Busy(context, $"{gate.MaxPlacing} orders are being placed right now, the most this process takes at once.");
        }

        try
        {
            if (await gate.RefuseAsync(context.HttpContext.RequestAborted) is { } waiting)
            {
                LogRefused(waiting.Count, waiting.AnsweredPerSecond, waiting.ExpectedWait.TotalSeconds);
                return Busy(context, $"{waiting.Count} orders are waiting for their stock and {waiting.AnsweredPerSecond:0.#} a second are answered: " +
                                     $"a new order would wait {waiting.ExpectedWait.TotalSeconds:0.0} s (limit {gate.MaxWaitingAge.TotalSeconds:0.0} s).");
            }

            return await next(context);
        }
        finally
        {
            gate.DonePlacing();
        }
    }

    private static ProblemHttpResult Busy(EndpointFilterInvocationContext context, string why)
    {
        context.HttpContext.Response.Headers.RetryAfter = RetryAfter.TotalSeconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "The shop is busy; try again shortly.",
            detail: $"{why} Nothing was stored; retry after {RetryAfter.TotalSeconds:0} s.",
            extensions: new Dictionary<string, object?> { ["retryAfterSeconds"] = (int)RetryAfter.TotalSeconds });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an order at the door: {Waiting} orders waiting, {AnsweredPerSecond:0.#}/s answered, a new one would wait {WaitSeconds:0.0} s")]
    private partial void LogRefused(int waiting, double answeredPerSecond, double waitSeconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an order at the door: {Placing} placements already in progress")]
    private partial void LogTooManyPlacing(int placing);
}
