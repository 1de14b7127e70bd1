using Ecommerce.TestSupport;

namespace Ecommerce.EndToEnd.Hosting;

/// <summary>
/// A copy of the repository's components/ whose pubsub.yaml is components/alternatives/pubsub-redis.yaml, byte for
/// byte: the broker swap as the component file promises it, with nothing else changed. Deleted on dispose.
/// </summary>
public sealed class RedisComponents : IDisposable
{
    private RedisComponents(string path) => Path = path;

    public string Path { get; }

    public static RedisComponents Create()
    {
        var source = System.IO.Path.Combine(RepositoryRoot.Path, "components");
        var copy = Directory.CreateTempSubdirectory("ecommerce-components-redis-").FullName;
        foreach (var file in Directory.EnumerateFiles(source, "*.yaml"))
        {
            File.Copy(file, System.IO.Path.Combine(copy, System.IO.Path.GetFileName(file)));
        }

        File.Copy(System.IO.Path.Combine(source, "alternatives", "pubsub-redis.yaml"), System.IO.Path.Combine(copy, "pubsub.yaml"), overwrite: true);
        return new RedisComponents(copy);
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
