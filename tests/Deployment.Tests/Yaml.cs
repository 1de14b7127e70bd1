using YamlDotNet.RepresentationModel;

namespace Ecommerce.Deployment.Tests;

/// <summary>Reads YAML files and walks their nodes by key.</summary>
internal static class Yaml
{
    public static IReadOnlyList<YamlMappingNode> Documents(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(File.ReadAllText(path)))
        {
            stream.Load(reader);
        }

        return stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>().ToList();
    }

    public static IReadOnlyList<YamlMappingNode> DocumentsOfText(string text)
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(text))
        {
            stream.Load(reader);
        }

        return stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>().ToList();
    }

    public static YamlMappingNode Single(string relativePath) =>
        Assert.Single(Documents(Repository.PathOf(relativePath)));

    public static YamlNode? Node(this YamlNode? node, params string[] path)
    {
        foreach (var key in path)
        {
            if (node is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode(key), out node))
            {
                return null;
            }
        }

        return node;
    }

    public static string? Scalar(this YamlNode? node, params string[] path) => (node.Node(path) as YamlScalarNode)?.Value;

    public static YamlMappingNode? Mapping(this YamlNode? node, params string[] path) => node.Node(path) as YamlMappingNode;

    public static IEnumerable<YamlNode> Items(this YamlNode? node, params string[] path) =>
        node.Node(path) is YamlSequenceNode sequence ? sequence.Children : [];

    public static IEnumerable<string> ScalarItems(this YamlNode? node, params string[] path) =>
        node.Items(path).OfType<YamlScalarNode>().Select(s => s.Value ?? "");

    public static IEnumerable<KeyValuePair<string, YamlNode>> Entries(this YamlNode? node, params string[] path) =>
        node.Node(path) is YamlMappingNode mapping
            ? mapping.Children.Select(c => new KeyValuePair<string, YamlNode>(((YamlScalarNode)c.Key).Value ?? "", c.Value))
            : [];

    public static string Kind(this YamlMappingNode document) => document.Scalar("kind") ?? "";

    public static string Name(this YamlMappingNode document) => document.Scalar("metadata", "name") ?? "";
}
