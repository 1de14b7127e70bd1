using Dapr.Client;
using Ecommerce.Contracts;
using Ecommerce.ServiceDefaults.Telemetry;

namespace Ecommerce.ServiceDefaults.Messaging;

/// <summary>
/// Publishing keyed by order id, so one order's events stay in order on one partition. The call carries the current
/// span's traceparent (DaprClient sends it), which the sidecar puts in the CloudEvent: publish inside the span of
/// the work that caused the event, so the order's trace goes on.
/// </summary>
public static class DaprClientPublishExtensions
{
    public static Task PublishOrderEventAsync<TEvent>(
        this DaprClient dapr, string topic, Guid orderId, TEvent data, CancellationToken cancellationToken)
    {
        OrderSpans.TagOrder(orderId);
        return dapr.PublishEventAsync(
            DaprComponents.PubSub,
            topic,
            data,
            new Dictionary<string, string> { ["partitionKey"] = orderId.ToString() },
            cancellationToken);
    }
}
