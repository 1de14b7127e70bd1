using Ecommerce.Operations.Data;
using Ecommerce.Operations.Telemetry;
using Ecommerce.ServiceDefaults.Messaging;

namespace Ecommerce.Operations.Subscriptions;

/// <summary>
/// A message on a dead-letter topic: keep it, once per CloudEvent id. Whatever its shape it is kept (see
/// <see cref="DeadLetterParser"/>); if it cannot be stored now the answer is RETRY, never DROP (a dead-letter
/// subscription has nowhere further to drop to).
/// </summary>
public sealed partial class DeadLetterHandler(DeadLetterStore store, OperationsMetrics metrics, ILogger<DeadLetterHandler> logger) : ITopicHandler<DeadLetterMessage>
{
    public async Task<TopicStatus> HandleAsync(DeadLetterMessage message, CancellationToken cancellationToken)
    {
        if (await store.AddAsync(message, cancellationToken))
        {
            metrics.Stored(message.OriginalTopic);
            LogKept(message.OriginalTopic, message.MessageId, message.Attempts, message.Error);
        }

        return TopicStatus.Success;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dead letter kept: message {MessageId} for {OriginalTopic} after {Attempts} attempt(s): {Error}")]
    private partial void LogKept(string originalTopic, string messageId, int? attempts, string? error);
}
