using Microsoft.Extensions.Logging;

namespace Ecommerce.ServiceDefaults.Messaging;

/// <summary>The lines every subscription writes, under the category of the handler they are written for.</summary>
internal static partial class TopicSubscriptionLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropping a {Topic} event to its dead-letter topic: {Rejection}")]
    public static partial void Poison(ILogger logger, string topic, string rejection);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not handle {Topic} now; asking for a retry")]
    public static partial void Retry(ILogger logger, Exception exception, string topic);
}
