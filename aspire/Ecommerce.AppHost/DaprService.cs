namespace Ecommerce.AppHost;

/// <summary>A service added with <c>AddDaprService</c>: its replicas, the first named after the app id.</summary>
public sealed record DaprService(IReadOnlyList<IResourceBuilder<ProjectResource>> Replicas)
{
    /// <summary>Applies the same setting to every replica.</summary>
    public DaprService Each(Action<IResourceBuilder<ProjectResource>> configure)
    {
        foreach (var replica in Replicas)
        {
            configure(replica);
        }

        return this;
    }
}
