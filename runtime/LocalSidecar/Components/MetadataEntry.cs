namespace Ecommerce.LocalSidecar.Components;

/// <summary>One <c>spec.metadata</c> item as written: a literal value or a reference to a secret.</summary>
public sealed record MetadataEntry(string Name, string? Value, string? SecretName, string? SecretKey);
