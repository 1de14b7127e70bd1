namespace Ecommerce.LocalSidecar.Components;

/// <summary>A component this app loads, with its metadata values resolved (secrets, <c>{appID}</c>).</summary>
public sealed record ComponentDefinition(
    string File,
    string Name,
    string Type,
    string Version,
    IReadOnlyDictionary<string, string> Metadata)
{
    public string Describe() => $"component '{Name}' ({Type})";

    public ComponentConfigurationException Error(string message) => new(File, $"{Describe()}: {message}");

    public string Required(string field) =>
        Metadata.TryGetValue(field, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value
            : throw Error($"metadata '{field}' is required");

    public string? Optional(string field) =>
        Metadata.TryGetValue(field, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    public bool Flag(string field) =>
        Optional(field) is { } value && (bool.TryParse(value, out var flag)
            ? flag
            : throw Error($"metadata '{field}' must be \"true\" or \"false\", got '{value}'"));

    public int? Integer(string field) =>
        Optional(field) is { } value
            ? int.TryParse(value, out var number) ? number : throw Error($"metadata '{field}' must be an integer, got '{value}'")
            : null;
}
