namespace Ecommerce.LocalSidecar.Resiliency;

/// <summary>The inbound and outbound policies of every component targeted by a loaded <c>kind: Resiliency</c> resource.</summary>
public sealed class ResiliencySettings(IReadOnlyDictionary<string, InboundPolicy> inbound, IReadOnlyDictionary<string, OutboundPolicy> outbound)
{
    public static ResiliencySettings None { get; } = new(new Dictionary<string, InboundPolicy>(), new Dictionary<string, OutboundPolicy>());

    public InboundPolicy Inbound(string componentName) =>
        inbound.TryGetValue(componentName, out var policy) ? policy : InboundPolicy.Default;

    public OutboundPolicy Outbound(string componentName) =>
        outbound.TryGetValue(componentName, out var policy) ? policy : OutboundPolicy.None;
}
