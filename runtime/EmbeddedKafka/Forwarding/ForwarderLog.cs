using Microsoft.Extensions.Logging;

namespace Ecommerce.EmbeddedKafka.Forwarding;

internal static partial class ForwarderLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "Port {Port} could not reach its mock broker on port {BrokerPort}: {Reason}")]
    public static partial void BrokerUnreachable(ILogger logger, int port, int brokerPort, string reason);
}
