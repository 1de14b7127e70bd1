using YamlDotNet.RepresentationModel;

namespace Ecommerce.Deployment.Tests;

/// <summary>The Dapr resources (Component, Resiliency, Configuration) of a folder, as daprd loads them.</summary>
internal sealed class DaprResources(IReadOnlyList<YamlMappingNode> documents)
{
    public IReadOnlyList<YamlMappingNode> All { get; } = documents;

    public IReadOnlyList<YamlMappingNode> Components { get; } = documents.Where(d => d.Kind() == "Component").ToList();

    /// <summary>The top level of components/ only: daprd and the local sidecar do not read subfolders.</summary>
    public static DaprResources LoadedFromComponentsFolder() =>
        new(Directory.EnumerateFiles(Repository.PathOf("components"), "*.yaml").SelectMany(Yaml.Documents).ToList());

    public static DaprResources Kubernetes() =>
        new(Directory.EnumerateFiles(Repository.PathOf("deploy/k8s/base/dapr"), "*.yaml").SelectMany(Yaml.Documents).ToList());

    public YamlMappingNode Component(string name) =>
        Components.SingleOrDefault(c => c.Name() == name)
        ?? throw new Xunit.Sdk.XunitException($"No component named '{name}' (have: {string.Join(", ", Components.Select(c => c.Name()))}).");

    public static IEnumerable<string> Scopes(YamlMappingNode document) => document.ScalarItems("scopes");

    /// <summary>Metadata entries of a component as name → "value:&lt;v&gt;" or "secret:&lt;key&gt;".</summary>
    public static IReadOnlyDictionary<string, string> Metadata(YamlMappingNode component) =>
        component.Items("spec", "metadata").ToDictionary(
            item => item.Scalar("name") ?? "",
            item => item.Node("secretKeyRef") is null ? "value:" + item.Scalar("value") : "secret:" + item.Scalar("secretKeyRef", "key"));

    /// <summary>Secret names a component reads through secretKeyRef.</summary>
    public static IEnumerable<string> SecretNames(YamlMappingNode component) =>
        component.Items("spec", "metadata").Select(item => item.Scalar("secretKeyRef", "name")).OfType<string>();
}
