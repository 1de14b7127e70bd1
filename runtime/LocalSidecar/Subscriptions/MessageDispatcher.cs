using System.Text;
using System.Text.Json.Nodes;
using Ecommerce.LocalSidecar.CloudEvents;
using Ecommerce.LocalSidecar.PubSub;
using Ecommerce.LocalSidecar.Resiliency;
using Microsoft.Extensions.Logging;

namespace Ecommerce.LocalSidecar.Subscriptions;

/// <summary>
/// Takes one message of a subscribed topic to a final outcome: delivered, dropped, or dead-lettered after the
/// inbound policy's retries (and, without a dead-letter topic, the component's own retries). It returns only then, so the broker marks the message consumed only then; it throws
/// only when the sidecar is stopping (the message is then redelivered).
/// </summary>
public sealed class MessageDispatcher(
    IPubSub pubSub,
    IReadOnlyDictionary<string, AppSubscription> subscriptionsByTopic,
    InboundPolicy policy,
    AppChannel app,
    IDeliveryGate gate,
    int deliveryCopies,
    ILogger<MessageDispatcher> logger,
    TimeProvider time)
{
    public async Task HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        for (var copy = 0; copy < deliveryCopies; copy++)
        {
            await HandleOnceAsync(message, cancellationToken);
        }
    }

    private async Task HandleOnceAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        if (!subscriptionsByTopic.TryGetValue(message.Topic, out var subscription))
        {
            return;
        }

        var cloudEvent = ToCloudEvent(message, subscription);
        var path = subscription.PathFor(cloudEvent);
        var id = cloudEvent["id"]?.ToString() ?? "";
        if (path is null)
        {
            SubscriptionLog.NoRoute(logger, id, pubSub.Name, message.Topic);
            return;
        }

        var body = Encoding.UTF8.GetBytes(cloudEvent.ToJsonString());
        var headers = Headers(message, cloudEvent);
        for (var round = 1; ; round++)
        {
            var (result, attempts) = await DeliverWithRetriesAsync(path, body, headers, id, message.Topic, cancellationToken);
            if (result.Outcome == DeliveryOutcome.Success)
            {
                return;
            }

            // Without a dead-letter topic daprd hands the error back to the component, and pubsub.kafka with
            // consumeRetryEnabled (its default) retries the whole delivery again rather than skip the message.
            if (result.Outcome == DeliveryOutcome.Retry && subscription.DeadLetterTopic is null && pubSub.ConsumeRetry?.DelayBefore(round) is { } wait)
            {
                SubscriptionLog.ConsumeRetrying(logger, id, message.Topic, attempts, result.Reason, wait);
                await Task.Delay(wait, time, cancellationToken);
                continue;
            }

            await GiveUpAsync(message, subscription, cloudEvent, result, attempts, cancellationToken);
            return;
        }
    }

    // One pass of the inbound resiliency policy. An attempt made while the app is down (unreachable, or its health
    // check failing) does not count: the delivery waits for the app to come back, as daprd's paused subscription does.
    private async Task<(DeliveryResult Result, int Attempts)> DeliverWithRetriesAsync(string path, byte[] body, Dictionary<string, string> headers, string id, string topic, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await gate.WaitOpenAsync(cancellationToken);
            var result = await app.DeliverAsync(path, body, headers, policy.Timeout, cancellationToken);
            if (result.Outcome == DeliveryOutcome.Success)
            {
                return (result, attempt);
            }

            if (result.Outcome == DeliveryOutcome.Unreachable || !gate.IsOpen)
            {
                SubscriptionLog.AppDown(logger, id, topic, result.Reason);
                await gate.WaitOpenAsync(cancellationToken);
                await app.WaitReachableAsync(time, cancellationToken);
                attempt--;
                continue;
            }

            var delay = result.Outcome == DeliveryOutcome.Retry ? policy.Retry.DelayBefore(attempt) : null;
            if (delay is null)
            {
                return (result, attempt);
            }

            SubscriptionLog.Retrying(logger, id, topic, attempt, result.Reason, delay.Value);
            await Task.Delay(delay.Value, time, cancellationToken);
        }
    }

    private async Task GiveUpAsync(IncomingMessage message, AppSubscription subscription, JsonObject cloudEvent, DeliveryResult result, int attempts, CancellationToken cancellationToken)
    {
        var id = cloudEvent["id"]?.ToString() ?? "";
        if (subscription.DeadLetterTopic is not { } deadLetterTopic)
        {
            SubscriptionLog.Dropped(logger, id, message.Topic, attempts, result.Reason);
            return;
        }

        cloudEvent["deadletterreason"] = result.Reason;
        cloudEvent["deadletterattempts"] = attempts;
        var deadLetter = new OutgoingMessage(message.Metadata.GetValueOrDefault("__key"), Encoding.UTF8.GetBytes(cloudEvent.ToJsonString()), new Dictionary<string, string>());
        for (var retry = 1; ; retry++)
        {
            try
            {
                await pubSub.PublishAsync(deadLetterTopic, deadLetter, cancellationToken);
                SubscriptionLog.DeadLettered(logger, id, message.Topic, deadLetterTopic, attempts, result.Reason);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The offset must not move on before the dead letter is safely stored, so keep trying.
                SubscriptionLog.DeadLetterFailed(logger, e, id, deadLetterTopic, retry);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(retry, 5)), time, cancellationToken);
            }
        }
    }

    private JsonObject ToCloudEvent(IncomingMessage message, AppSubscription subscription)
    {
        if (!subscription.RawPayload && CloudEventEnvelope.TryParseObject(message.Value) is { } envelope && envelope.ContainsKey("specversion"))
        {
            return envelope;
        }

        // A raw payload is wrapped on the way in, as daprd does for rawPayload subscriptions.
        var context = new PublishContext(pubSub.Name, pubSub.Name, message.Topic, TraceParent.New(), null, new Dictionary<string, string>(), time.GetUtcNow());
        return CloudEventEnvelope.Wrap(context, message.Value, "application/octet-stream");
    }

    private static Dictionary<string, string> Headers(IncomingMessage message, JsonObject cloudEvent)
    {
        var headers = new Dictionary<string, string>(message.Metadata, StringComparer.OrdinalIgnoreCase);
        if ((cloudEvent["traceparent"] ?? cloudEvent["traceid"])?.ToString() is { Length: > 0 } traceParent)
        {
            headers["traceparent"] = traceParent;
        }

        if (cloudEvent["tracestate"]?.ToString() is { Length: > 0 } traceState)
        {
            headers["tracestate"] = traceState;
        }

        return headers;
    }
}
