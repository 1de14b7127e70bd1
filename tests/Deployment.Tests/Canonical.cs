using System.Text.Json;
using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace Ecommerce.Deployment.Tests;

/// <summary>A YAML node as JSON with sorted keys, for comparing structures and printing the difference.</summary>
internal static class Canonical
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Of(YamlNode node, Func<string, bool>? keepKey = null) => ToJson(node, keepKey ?? (_ => true))?.ToJsonString(Indented) ?? "null";

    public static string Of(JsonNode node) => node.ToJsonString(Indented);

    private static JsonNode? ToJson(YamlNode node, Func<string, bool> keepKey) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children
            .Select(c => (Key: ((YamlScalarNode)c.Key).Value ?? "", c.Value))
            .Where(c => keepKey(c.Key))
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => KeyValuePair.Create(c.Key, ToJson(c.Value, keepKey)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(c => ToJson(c, keepKey)).ToArray()),
        YamlScalarNode { Value: "null" or "~" or "", Style: not (YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted) } => null,
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => throw new InvalidOperationException($"Unexpected YAML node {node.NodeType} at {node.Start}"),
    };
}
