using Microsoft.Extensions.Logging;

namespace Ecommerce.AppHost;

/// <summary>What the local run tells the person at the console, beside Aspire's own lines.</summary>
internal static partial class LocalRunLog
{
    [LoggerMessage(1, LogLevel.Information,
        "{Resource}: {What} port {Wanted} is busy, so it listens on {Used} instead (its service is told where it is)")]
    public static partial void PortMoved(ILogger logger, string resource, string what, int wanted, int used);

    [LoggerMessage(2, LogLevel.Error, "{Resource} {Outcome} before the shop was ready, so the run stops: {Reason}")]
    public static partial void FailedBeforeReady(ILogger logger, string resource, string outcome, string reason);

    [LoggerMessage(3, LogLevel.Warning, "{Resource} {Outcome}: {Reason} (restart it from the dashboard, or stop the run)")]
    public static partial void FailedAfterReady(ILogger logger, string resource, string outcome, string reason);

    [LoggerMessage(4, LogLevel.Information, "The shop is ready after {Seconds:0} s.{Summary}")]
    public static partial void Ready(ILogger logger, double seconds, string summary);
}
