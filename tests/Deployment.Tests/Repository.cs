namespace Ecommerce.Deployment.Tests;

/// <summary>Paths in the repository the tests run from.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>Every *.yaml / *.yml file below a folder of the repository, recursively.</summary>
    public static IEnumerable<string> YamlFilesUnder(string relativeFolder) =>
        Directory.EnumerateFiles(PathOf(relativeFolder), "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Directory.Packages.props")) && Directory.Exists(Path.Combine(dir.FullName, "components")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No repository root (Directory.Packages.props and components/) above {AppContext.BaseDirectory}.");
    }
}
