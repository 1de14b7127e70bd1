using System.Reflection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Ecommerce.ServiceDefaults.Data;

/// <summary>Migrates the schema before the service takes traffic: hosted services start before Kestrel listens.</summary>
internal sealed partial class SchemaMigrationService(
    NpgsqlDataSource dataSource, Assembly migrationsAssembly, ILogger<SchemaMigrationService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var applied = await SchemaMigrator.MigrateAsync(dataSource, migrationsAssembly, cancellationToken);
        LogMigrated(applied.Count, string.Join(", ", applied));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Schema up to date; {Count} migration(s) applied: {Migrations}")]
    private partial void LogMigrated(int count, string migrations);
}
