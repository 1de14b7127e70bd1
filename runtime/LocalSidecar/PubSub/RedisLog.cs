using Microsoft.Extensions.Logging;

namespace Ecommerce.LocalSidecar.PubSub;

internal static partial class RedisLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis not ready for the subscription yet: {Reason}")]
    public static partial void NotReady(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis stream {Topic}: read failed ({Reason}); trying again")]
    public static partial void ReadFailed(ILogger logger, string topic, string reason);
}
