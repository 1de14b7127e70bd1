using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Ecommerce.LocalSidecar.Components;

/// <summary>Reads every <c>*.yaml</c>/<c>*.yml</c> document in the resources folders, as daprd does.</summary>
public static class ResourceFileReader
{
    public static ResourceDocuments Read(IEnumerable<string> resourcesPaths)
    {
        var components = new List<ComponentDocument>();
        var resiliencies = new List<(string, YamlMappingNode, IReadOnlyList<string>)>();
        var configurations = new List<(string, string)>();
        foreach (var folder in resourcesPaths)
        {
            if (!Directory.Exists(folder))
            {
                throw new ComponentConfigurationException(folder, "resources path does not exist");
            }

            var files = Directory.EnumerateFiles(folder)
                .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                foreach (var document in Parse(file))
                {
                    ReadDocument(file, document, components, resiliencies, configurations);
                }
            }
        }

        return new ResourceDocuments(components, resiliencies, configurations);
    }

    private static IEnumerable<YamlMappingNode> Parse(string file)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(File.ReadAllText(file));
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            throw new ComponentConfigurationException(file, $"invalid YAML at line {e.Start.Line}, column {e.Start.Column}: {e.Message}");
        }

        foreach (var document in stream.Documents)
        {
            switch (document.RootNode)
            {
                case YamlMappingNode mapping:
                    yield return mapping;
                    break;
                case YamlScalarNode { Value: null or "" }:
                    break;
                default:
                    throw new ComponentConfigurationException(file, "each YAML document must be a mapping with apiVersion, kind, metadata and spec");
            }
        }
    }

    private static void ReadDocument(
        string file,
        YamlMappingNode root,
        List<ComponentDocument> components,
        List<(string, YamlMappingNode, IReadOnlyList<string>)> resiliencies,
        List<(string, string)> configurations)
    {
        var kind = root.Scalar("kind", file, "kind") ?? throw new ComponentConfigurationException(file, "'kind' is required");
        var name = root.Mapping("metadata", file, "metadata")?.Scalar("name", file, "metadata.name")
                   ?? throw new ComponentConfigurationException(file, $"{kind}: 'metadata.name' is required");
        var spec = root.Mapping("spec", file, "spec");
        var scopes = root.Sequence("scopes", file, "scopes")?.Children.Select(s => ((YamlScalarNode)s).Value ?? "").ToList() ?? [];
        switch (kind)
        {
            case "Component":
                components.Add(ReadComponent(file, name, spec, scopes, root));
                break;
            case "Resiliency":
                resiliencies.Add((file, spec ?? throw new ComponentConfigurationException(file, $"resiliency '{name}': 'spec' is required"), scopes));
                break;
            case "Configuration":
                configurations.Add((file, name));
                break;
            default:
                throw new ComponentConfigurationException(file, $"'{name}': kind '{kind}' is not supported by the local sidecar (supported: Component, Resiliency, Configuration)");
        }
    }

    private static ComponentDocument ReadComponent(string file, string name, YamlMappingNode? spec, List<string> scopes, YamlMappingNode root)
    {
        if (spec is null)
        {
            throw new ComponentConfigurationException(file, $"component '{name}': 'spec' is required");
        }

        var type = spec.Scalar("type", file, "spec.type") ?? throw new ComponentConfigurationException(file, $"component '{name}': 'spec.type' is required");
        var version = spec.Scalar("version", file, "spec.version") ?? "v1";
        var metadata = new List<MetadataEntry>();
        foreach (var item in spec.Sequence("metadata", file, "spec.metadata")?.Children ?? [])
        {
            if (item is not YamlMappingNode entry)
            {
                throw new ComponentConfigurationException(file, $"component '{name}' ({type}): each 'spec.metadata' item must have a name and a value");
            }

            var field = entry.Scalar("name", file, "spec.metadata.name")
                        ?? throw new ComponentConfigurationException(file, $"component '{name}' ({type}): a 'spec.metadata' item has no name");
            var secret = entry.Mapping("secretKeyRef", file, $"spec.metadata '{field}'.secretKeyRef");
            metadata.Add(new MetadataEntry(
                field,
                entry.Scalar("value", file, $"spec.metadata '{field}'.value"),
                secret?.Scalar("name", file, $"metadata '{field}'.secretKeyRef.name"),
                secret?.Scalar("key", file, $"metadata '{field}'.secretKeyRef.key")));
        }

        var secretStore = root.Mapping("auth", file, "auth")?.Scalar("secretStore", file, "auth.secretStore");
        return new ComponentDocument(file, name, type, version, metadata, scopes, secretStore);
    }
}
