namespace Ecommerce.ServiceDefaults.Messaging;

/// <summary>
/// The business logic of one subscription. Reading the event, dropping poison, the order-id log scope, the
/// processing metric and turning transient failures into RETRY are done around it by
/// <see cref="TopicSubscriptionExtensions"/>; the handler only decides.
/// </summary>
public interface ITopicHandler<in TEvent> where TEvent : class
{
    /// <summary>Why the event can never be handled (it is dropped to its dead-letter topic), or null if it can.</summary>
    string? Reject(TEvent message) => null;

    Task<TopicStatus> HandleAsync(TEvent message, CancellationToken cancellationToken);
}
