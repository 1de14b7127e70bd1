namespace Ecommerce.TestSupport;

/// <summary>Finds the PostgreSQL server binaries on PATH or in Debian's versioned folders.</summary>
internal static class PostgresBinaries
{
    public static string Find(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        var candidates = path.Split(':', StringSplitOptions.RemoveEmptyEntries).Select(dir => Path.Combine(dir, name));
        if (Directory.Exists("/usr/lib/postgresql"))
        {
            candidates = candidates.Concat(Directory.GetDirectories("/usr/lib/postgresql")
                .OrderDescending()
                .Select(dir => Path.Combine(dir, "bin", name)));
        }

        return candidates.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException(
                $"PostgreSQL server binary '{name}' was not found on PATH or in /usr/lib/postgresql/*/bin. " +
                "Install the server (Debian: apt-get install -y postgresql) or run scripts/postgres/run-postgres.sh once, which installs it.");
    }
}
