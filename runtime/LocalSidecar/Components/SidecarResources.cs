using Ecommerce.LocalSidecar.Resiliency;

namespace Ecommerce.LocalSidecar.Components;

/// <summary>The resources files as they apply to one app: its components (scoped, types checked, secrets resolved)
/// and its resiliency policies.</summary>
public sealed record SidecarResources(ResourceDocuments Documents, IReadOnlyList<ComponentDefinition> Components, ResiliencySettings Resiliency)
{
    /// <exception cref="ComponentConfigurationException">A file the sidecar cannot honour.</exception>
    public static SidecarResources Read(IEnumerable<string> resourcesPaths, string appId)
    {
        var documents = ResourceFileReader.Read(resourcesPaths);
        return new SidecarResources(documents, ComponentLoader.Load(documents, appId), ResiliencyReader.Read(documents, appId));
    }

    /// <summary>The state store marked <c>actorStateStore: "true"</c>, which holds workflow state.</summary>
    public ComponentDefinition? ActorStateStore => Components.SingleOrDefault(c => ComponentTypes.IsState(c.Type) && c.Flag("actorStateStore"));
}
