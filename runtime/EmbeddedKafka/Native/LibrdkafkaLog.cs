using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace Ecommerce.EmbeddedKafka.Native;

internal static partial class LibrdkafkaLog
{
    /// <summary>Logs a message of the cluster's owner client, which has no brokers on purpose.</summary>
    public static void WriteOwnerMessage(ILogger logger, LogMessage message)
    {
        if (message.Facility != "CONFWARN")
        {
            Message(logger, LevelOf(message.Level), message.Facility, message.Message);
        }
    }

    [LoggerMessage(Message = "librdkafka {Facility}: {Text}")]
    private static partial void Message(ILogger logger, LogLevel level, string facility, string text);

    private static LogLevel LevelOf(SyslogLevel level) => level switch
    {
        SyslogLevel.Emergency or SyslogLevel.Alert or SyslogLevel.Critical => LogLevel.Critical,
        SyslogLevel.Error => LogLevel.Error,
        SyslogLevel.Warning => LogLevel.Warning,
        SyslogLevel.Notice or SyslogLevel.Info => LogLevel.Information,
        _ => LogLevel.Debug,
    };
}
