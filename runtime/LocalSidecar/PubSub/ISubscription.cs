namespace Ecommerce.LocalSidecar.PubSub;

/// <summary>A running subscription; disposing it stops delivery.</summary>
public interface ISubscription : IAsyncDisposable
{
    /// <summary>Completes once the consumer owns its share of the topics' partitions, so an event published from
    /// now on is delivered (the sidecar reports ready only then).</summary>
    Task Live { get; }
}
