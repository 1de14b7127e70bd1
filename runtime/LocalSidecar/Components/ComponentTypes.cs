namespace Ecommerce.LocalSidecar.Components;

/// <summary>The component types (and versions) the local sidecar implements.</summary>
public static class ComponentTypes
{
    public const string Kafka = "pubsub.kafka";
    public const string InMemoryPubSub = "pubsub.in-memory";
    public const string Redis = "pubsub.redis";
    public const string PostgreSql = "state.postgresql";
    public const string InMemoryState = "state.in-memory";
    public const string LocalEnvSecrets = "secretstores.local.env";

    private static readonly Dictionary<string, string[]> Versions = new()
    {
        [Kafka] = ["v1"],
        [InMemoryPubSub] = ["v1"],
        [Redis] = ["v1"],
        [PostgreSql] = ["v1", "v2"],
        [InMemoryState] = ["v1"],
        [LocalEnvSecrets] = ["v1"],
    };

    public static void Validate(ComponentDocument component)
    {
        if (!Versions.TryGetValue(component.Type, out var versions))
        {
            throw new ComponentConfigurationException(
                component.File,
                $"{component.Describe()}: 'spec.type' {component.Type} is not supported by the local sidecar (supported: {string.Join(", ", Versions.Keys)})");
        }

        if (!versions.Contains(component.Version))
        {
            throw new ComponentConfigurationException(
                component.File,
                $"{component.Describe()}: 'spec.version' {component.Version} is not supported (supported: {string.Join(", ", versions)})");
        }

        ComponentMetadataFields.Validate(component);
    }

    public static bool IsPubSub(string type) => type.StartsWith("pubsub.", StringComparison.Ordinal);

    public static bool IsState(string type) => type.StartsWith("state.", StringComparison.Ordinal);
}
