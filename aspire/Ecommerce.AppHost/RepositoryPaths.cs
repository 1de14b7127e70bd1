namespace Ecommerce.AppHost;

/// <summary>Paths in the repository, found from the app host's own folder (aspire/Ecommerce.AppHost).</summary>
public sealed record RepositoryPaths(string Root)
{
    public static RepositoryPaths FromAppHost(string appHostDirectory) =>
        new(Path.GetFullPath(Path.Combine(appHostDirectory, "..", "..")));

    public string PostgresScript => Path.Combine(Root, "scripts", "postgres", "run-postgres.sh");

    public string Resolve(string path) => Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(Root, path));
}
