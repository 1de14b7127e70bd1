using System.Text.RegularExpressions;

namespace Ecommerce.AppHost;

/// <summary>
/// The Dapr components folder the sidecars read (<c>LocalRun:ComponentsPath</c>), looked at only for what the app
/// host must start beside it: the broker its pub/sub names.
/// </summary>
public sealed partial class ComponentsFolder(string path)
{
    public string Path { get; } = path;

    public bool Exists => Directory.Exists(Path);

    /// <summary>Whether a component at the folder's top level (where daprd reads) is <c>pubsub.redis</c>.</summary>
    public bool UsesRedisPubSub =>
        Exists && Directory.EnumerateFiles(Path)
            .Where(file => file.EndsWith(".yaml", StringComparison.Ordinal) || file.EndsWith(".yml", StringComparison.Ordinal))
            .Any(file => RedisPubSubType().IsMatch(File.ReadAllText(file)));

    [GeneratedRegex(@"^\s*type:\s*[""']?pubsub\.redis[""']?\s*$", RegexOptions.Multiline)]
    private static partial Regex RedisPubSubType();
}
