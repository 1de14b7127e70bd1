namespace Ecommerce.LocalSidecar.Components;

/// <summary>A resources file the sidecar cannot honour; the message names the file and the field.</summary>
public sealed class ComponentConfigurationException(string file, string message)
    : Exception($"{file}: {message}")
{
    public string File { get; } = file;
}
