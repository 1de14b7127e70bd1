namespace Ecommerce.LocalSidecar.Components;

/// <summary>
/// Picks the components this app may load (scopes), checks their types and resolves their metadata values:
/// <c>secretKeyRef</c> through the <c>secretstores.local.env</c> store named by <c>auth.secretStore</c>, and
/// <c>{appID}</c> as daprd substitutes it.
/// </summary>
public static class ComponentLoader
{
    public static IReadOnlyList<ComponentDefinition> Load(ResourceDocuments documents, string appId)
    {
        var mine = documents.Components
            .Where(c => c.Scopes.Count == 0 || c.Scopes.Contains(appId, StringComparer.Ordinal))
            .ToList();
        foreach (var component in mine)
        {
            ComponentTypes.Validate(component);
        }

        var duplicate = mine.GroupBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            var second = duplicate.Skip(1).First();
            throw new ComponentConfigurationException(second.File, $"{second.Describe()}: another component named '{duplicate.Key}' is in {duplicate.First().File}");
        }

        var secretStores = mine.Where(c => c.Type == ComponentTypes.LocalEnvSecrets).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        return mine.Select(c => Resolve(c, appId, secretStores)).ToList();
    }

    private static ComponentDefinition Resolve(ComponentDocument component, string appId, HashSet<string> secretStores)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in component.Metadata)
        {
            var value = entry.SecretName is null ? entry.Value ?? "" : ReadSecret(component, entry, secretStores);
            values[entry.Name] = value.Replace("{appID}", appId, StringComparison.Ordinal);
        }

        return new ComponentDefinition(component.File, component.Name, component.Type, component.Version, values);
    }

    private static string ReadSecret(ComponentDocument component, MetadataEntry entry, HashSet<string> secretStores)
    {
        var field = $"{component.Describe()}: metadata '{entry.Name}'";
        if (component.SecretStore is null)
        {
            throw new ComponentConfigurationException(component.File, $"{field} uses secretKeyRef but 'auth.secretStore' is not set");
        }

        if (!secretStores.Contains(component.SecretStore))
        {
            throw new ComponentConfigurationException(
                component.File,
                $"{field}: secret store '{component.SecretStore}' (auth.secretStore) is not a loaded {ComponentTypes.LocalEnvSecrets} component");
        }

        // secretstores.local.env answers GetSecret(name) with { name: $name }; the key then picks from that map.
        var key = string.IsNullOrEmpty(entry.SecretKey) ? entry.SecretName! : entry.SecretKey;
        var value = Environment.GetEnvironmentVariable(entry.SecretName!);
        if (string.IsNullOrEmpty(value) || key != entry.SecretName)
        {
            throw new ComponentConfigurationException(
                component.File,
                $"{field}: secret '{entry.SecretName}' key '{key}' not found in secret store '{component.SecretStore}' (set the environment variable {entry.SecretName})");
        }

        return value;
    }
}
