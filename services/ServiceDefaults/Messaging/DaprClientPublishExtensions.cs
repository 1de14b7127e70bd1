using Dapr.Client;
using Ecommerce.Contracts;

namespace Ecommerce.ServiceDefaults.Messaging;

/// <summary>Publishing keyed by order id, so one order's events stay in order on one partition.</summary>
public static class DaprClientPublishExtensions
{
    public static Task PublishOrderEventAsync<TEvent>(
        this DaprClient dapr, string topic, Guid orderId, TEvent data, CancellationToken cancellationToken) =>
        dapr.PublishEventAsync(
            DaprComponents.PubSub,
            topic,
            data,
            new Dictionary<string, string> { ["partitionKey"] = orderId.ToString() },
            cancellationToken);
}
