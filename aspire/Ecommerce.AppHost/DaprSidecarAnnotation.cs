namespace Ecommerce.AppHost;

/// <summary>Marks a service added with <c>AddDaprService</c>, naming its local sidecar.</summary>
public sealed record DaprSidecarAnnotation(IResource Sidecar) : IResourceAnnotation;
