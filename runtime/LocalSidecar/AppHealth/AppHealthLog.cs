using Microsoft.Extensions.Logging;

namespace Ecommerce.LocalSidecar.AppHealth;

internal static partial class AppHealthLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "App health probes starting: GET {Path} every {Interval}, timeout {Timeout}, threshold {Threshold}")]
    public static partial void Starting(ILogger logger, string path, TimeSpan interval, TimeSpan timeout, int threshold);

    [LoggerMessage(Level = LogLevel.Information, Message = "App entered healthy status; deliveries resume")]
    public static partial void Healthy(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "App entered un-healthy status ({Reason}); deliveries pause")]
    public static partial void Unhealthy(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "App health probe failed: {Reason}")]
    public static partial void ProbeFailed(ILogger logger, string reason);
}
