using System.Reflection;
using Dapper;
using Npgsql;

namespace Ecommerce.ServiceDefaults.Data;

/// <summary>
/// Creates or upgrades a service's schema from versioned SQL files embedded in its assembly
/// (<c>Data/Migrations/0001_name.sql</c>, applied in order, each once, each in its own transaction).
/// An advisory lock keeps two replicas starting together from applying the same file twice.
/// </summary>
public static class SchemaMigrator
{
    private const long AdvisoryLockKey = 0x45_43_4F_4D_4D; // "ECOMM"

    public static async Task<IReadOnlyList<string>> MigrateAsync(
        NpgsqlDataSource dataSource, Assembly migrationsAssembly, CancellationToken cancellationToken)
    {
        var migrations = FindMigrations(migrationsAssembly);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@key)", new { key = AdvisoryLockKey }, cancellationToken: cancellationToken));
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version text PRIMARY KEY,
                    applied_at timestamptz NOT NULL DEFAULT now())
                """, cancellationToken: cancellationToken));
            var applied = (await connection.QueryAsync<string>(new CommandDefinition(
                "SELECT version FROM schema_migrations", cancellationToken: cancellationToken))).ToHashSet();

            var newlyApplied = new List<string>();
            foreach (var (version, sql) in migrations.Where(m => !applied.Contains(m.Version)))
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await connection.ExecuteAsync(new CommandDefinition(sql, transaction: transaction, cancellationToken: cancellationToken));
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO schema_migrations(version) VALUES (@version)", new { version }, transaction, cancellationToken: cancellationToken));
                await transaction.CommitAsync(cancellationToken);
                newlyApplied.Add(version);
            }

            return newlyApplied;
        }
        finally
        {
            await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_unlock(@key)", new { key = AdvisoryLockKey }, cancellationToken: CancellationToken.None));
        }
    }

    private static List<(string Version, string Sql)> FindMigrations(Assembly assembly)
    {
        const string marker = ".Data.Migrations.";
        return assembly.GetManifestResourceNames()
            .Where(name => name.Contains(marker, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name =>
            {
                var fileName = name[(name.IndexOf(marker, StringComparison.Ordinal) + marker.Length)..^".sql".Length];
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                return (Version: fileName, Sql: reader.ReadToEnd());
            })
            .OrderBy(m => m.Version, StringComparer.Ordinal)
            .ToList();
    }
}
