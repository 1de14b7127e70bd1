using YamlDotNet.RepresentationModel;

namespace Ecommerce.LocalSidecar.Components;

/// <summary>Small helpers to walk a YAML document and fail with the path of the offending field.</summary>
internal static class YamlNodes
{
    public static YamlMappingNode? Mapping(this YamlMappingNode node, string key, string file, string path) =>
        Child(node, key) switch
        {
            null => null,
            YamlScalarNode { Value: null or "" or "~" or "null" } => null,
            YamlMappingNode mapping => mapping,
            _ => throw new ComponentConfigurationException(file, $"'{path}' must be a mapping"),
        };

    public static YamlSequenceNode? Sequence(this YamlMappingNode node, string key, string file, string path) =>
        Child(node, key) switch
        {
            null => null,
            YamlScalarNode { Value: null or "" or "~" or "null" } => null,
            YamlSequenceNode sequence => sequence,
            _ => throw new ComponentConfigurationException(file, $"'{path}' must be a list"),
        };

    public static string? Scalar(this YamlMappingNode node, string key, string file, string path) =>
        Child(node, key) switch
        {
            null => null,
            YamlScalarNode scalar => scalar.Value,
            _ => throw new ComponentConfigurationException(file, $"'{path}' must be a plain value"),
        };

    public static IEnumerable<(string Key, YamlNode Value)> Entries(this YamlMappingNode node) =>
        node.Children.Select(pair => (((YamlScalarNode)pair.Key).Value ?? "", pair.Value));

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;
}
