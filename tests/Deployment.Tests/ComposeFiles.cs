using System.Text.RegularExpressions;

namespace Ecommerce.Deployment.Tests;

/// <summary>What deploy/compose creates: databases and topics.</summary>
internal static partial class ComposeFiles
{
    public static IReadOnlySet<string> Databases(string initScript = "deploy/compose/postgres-init.sql") =>
        CreateDatabase().Matches(File.ReadAllText(Repository.PathOf(initScript))).Select(m => m.Groups[1].Value).ToHashSet();

    /// <summary>The database of an Npgsql ("Database=x;") or pgx ("database=x") connection string.</summary>
    public static string DatabaseIn(string connectionString) =>
        DatabaseSetting().Match(connectionString) is { Success: true } match
            ? match.Groups[1].Value
            : throw new Xunit.Sdk.XunitException($"No database in connection string '{connectionString}'");

    /// <summary>kafka-topics.txt: topic → (partitions, retention ms).</summary>
    public static IReadOnlyDictionary<string, (int Partitions, long RetentionMs)> Topics() =>
        File.ReadLines(Repository.PathOf("deploy/compose/kafka-topics.txt"))
            .Where(l => l.Trim().Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(p => p[0], p => (int.Parse(p[1]), long.Parse(p[2])));

    [GeneratedRegex(@"CREATE DATABASE (\w+);", RegexOptions.IgnoreCase)]
    private static partial Regex CreateDatabase();

    [GeneratedRegex(@"(?:^|[ ;])database=(\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex DatabaseSetting();
}
