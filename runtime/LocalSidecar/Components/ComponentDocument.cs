namespace Ecommerce.LocalSidecar.Components;

/// <summary>A <c>kind: Component</c> document as written, before scopes and secrets are applied.</summary>
public sealed record ComponentDocument(
    string File,
    string Name,
    string Type,
    string Version,
    IReadOnlyList<MetadataEntry> Metadata,
    IReadOnlyList<string> Scopes,
    string? SecretStore)
{
    public string Describe() => $"component '{Name}' ({Type})";
}
