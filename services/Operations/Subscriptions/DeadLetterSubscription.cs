using System.Data.Common;
using Ecommerce.Operations.Data;
using Ecommerce.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ecommerce.Operations.Subscriptions;

/// <summary>
/// A message on a dead-letter topic: keep it, once per CloudEvent id. Whatever its shape it is kept; if it cannot
/// be stored now the answer is RETRY, never DROP (a dead-letter subscription has nowhere further to drop to).
/// </summary>
internal static partial class DeadLetterSubscription
{
    public static async Task<Ok<TopicResponse>> HandleAsync(
        string deadLetterTopic, HttpContext context, DeadLetterStore store, ILogger<DeadLetterStore> logger)
    {
        var body = context.Features.Get<CapturedEnvelope>()?.Body ?? await ReadBodyAsync(context.Request, context.RequestAborted);
        var message = DeadLetterParser.Parse(body, deadLetterTopic);
        try
        {
            if (await store.AddAsync(message, context.RequestAborted))
            {
                LogKept(logger, message.OriginalTopic, message.MessageId, message.Attempts, message.Error);
            }

            return TopicResults.Success();
        }
        catch (DbException exception)
        {
            LogNotKept(logger, exception, message.OriginalTopic, message.MessageId);
            return TopicResults.Retry();
        }
    }

    // Without a structured CloudEvent content type UseCloudEvents leaves the body alone and nothing was captured.
    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var copy = new MemoryStream();
        await request.Body.CopyToAsync(copy, cancellationToken);
        return copy.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dead letter kept: message {MessageId} for {OriginalTopic} after {Attempts} attempt(s): {Error}")]
    private static partial void LogKept(ILogger logger, string originalTopic, string messageId, int? attempts, string? error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not keep dead letter {MessageId} for {OriginalTopic}; asking for a retry")]
    private static partial void LogNotKept(ILogger logger, Exception exception, string originalTopic, string messageId);
}
