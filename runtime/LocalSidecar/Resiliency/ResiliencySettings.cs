namespace Ecommerce.LocalSidecar.Resiliency;

/// <summary>The inbound policies of every component targeted by a loaded <c>kind: Resiliency</c> resource.</summary>
public sealed class ResiliencySettings(IReadOnlyDictionary<string, InboundPolicy> inbound)
{
    public static ResiliencySettings None { get; } = new(new Dictionary<string, InboundPolicy>());

    public InboundPolicy Inbound(string componentName) =>
        inbound.TryGetValue(componentName, out var policy) ? policy : InboundPolicy.Default;
}
