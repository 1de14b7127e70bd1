namespace Ecommerce.LocalSidecar.CloudEvents;

/// <summary>Who publishes where, and the trace to carry, for one envelope.</summary>
public sealed record PublishContext(
    string AppId,
    string PubSubName,
    string Topic,
    string TraceParent,
    string? TraceState,
    IReadOnlyDictionary<string, string> Metadata,
    DateTimeOffset Now);
