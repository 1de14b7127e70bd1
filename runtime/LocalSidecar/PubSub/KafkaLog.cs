using Microsoft.Extensions.Logging;

namespace Ecommerce.LocalSidecar.PubSub;

internal static partial class KafkaLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "librdkafka {Level} {Client}: {Text}")]
    public static partial void Client(ILogger logger, string level, string client, string text);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Kafka client error {Code}: {Reason}")]
    public static partial void ClientError(ILogger logger, string code, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Kafka consumer group {Group} assigned {Partitions}")]
    public static partial void Assigned(ILogger logger, string group, string partitions);

    [LoggerMessage(Level = LogLevel.Information, Message = "Kafka consumer group {Group} revoked {Partitions}")]
    public static partial void Revoked(ILogger logger, string group, string partitions);

    [LoggerMessage(Level = LogLevel.Information, Message = "Kafka consumer group {Group}: commit at hand-over not done ({Reason}); messages since the last commit will be delivered again")]
    public static partial void HandOverCommitFailed(ILogger logger, string group, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Kafka consumer of group {Group} follows its app's health: {What}")]
    public static partial void FollowedAppHealth(ILogger logger, string group, string what);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Kafka consume error in group {Group}: {Reason}")]
    public static partial void ConsumeError(ILogger logger, string group, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Offset {Offset} not stored: partition {Partition} was revoked (it will be redelivered)")]
    public static partial void OffsetNotStored(ILogger logger, string partition, long offset);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Kafka commit on close failed (messages since the last commit will be redelivered): {Reason}")]
    public static partial void CloseFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Kafka metadata unavailable at subscribe ({Reason}); partitions without a committed offset are read from their beginning")]
    public static partial void MetadataUnavailable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Subscribed topic {Topic} does not exist and the broker did not create it on request (auto.create.topics.enable off?); the consumer picks it up once it is created")]
    public static partial void TopicMissing(ILogger logger, string topic);
}
