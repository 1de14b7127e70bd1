using YamlDotNet.RepresentationModel;

namespace Ecommerce.LocalSidecar.Components;

/// <summary>Everything read from the resources folders, before it is filtered for one app.</summary>
public sealed record ResourceDocuments(
    IReadOnlyList<ComponentDocument> Components,
    IReadOnlyList<(string File, YamlMappingNode Spec, IReadOnlyList<string> Scopes)> Resiliencies,
    IReadOnlyList<(string File, string Name)> Configurations);
