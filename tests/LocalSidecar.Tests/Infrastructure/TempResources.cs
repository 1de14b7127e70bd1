namespace Ecommerce.LocalSidecar.Tests.Infrastructure;

/// <summary>A temporary resources folder holding the given component files.</summary>
public sealed class TempResources : IDisposable
{
    private TempResources(string path) => Path = path;

    public string Path { get; }

    public static TempResources With(params (string File, string Yaml)[] files)
    {
        var path = Directory.CreateTempSubdirectory("sidecar-resources-").FullName;
        foreach (var (file, yaml) in files)
        {
            File.WriteAllText(System.IO.Path.Combine(path, file), yaml);
        }

        return new TempResources(path);
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
