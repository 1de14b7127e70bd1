namespace Ecommerce.EmbeddedKafka;

internal static partial class HostLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Embedded Kafka ready: bootstrap servers {BootstrapServers}, control API {ControlUrls}")]
    public static partial void Ready(ILogger logger, string bootstrapServers, string controlUrls);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Broker port {Port} is taken; choose free ports with {Setting} (0 picks one). {Reason}")]
    public static partial void BrokerPortUnavailable(ILogger logger, int port, string setting, string reason);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The control API port is taken; choose a free one with {Setting} (0 picks one). {Reason}")]
    public static partial void ControlPortUnavailable(ILogger logger, string setting, string reason);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Invalid settings: {Reason}")]
    public static partial void InvalidSettings(ILogger logger, string reason);
}
