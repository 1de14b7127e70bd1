using Microsoft.Extensions.Logging;

namespace Ecommerce.LocalSidecar.Resiliency;

internal static partial class ResiliencyLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Error processing operation on component {Component}. Retrying in {Delay}: {Reason}")]
    public static partial void RetryingOutbound(ILogger logger, string component, TimeSpan delay, string reason);
}
