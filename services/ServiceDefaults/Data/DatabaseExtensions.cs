using System.Reflection;
using Dapper;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Ecommerce.ServiceDefaults.Data;

/// <summary>A service's own PostgreSQL database: a data source from ConnectionStrings:{name}, migrated at start.</summary>
public static class DatabaseExtensions
{
    public static IHostApplicationBuilder AddServiceDatabase(
        this IHostApplicationBuilder builder, string connectionName, Assembly migrationsAssembly)
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"Missing setting ConnectionStrings:{connectionName} (environment variable ConnectionStrings__{connectionName}): " +
                "the PostgreSQL connection string of this service's database.");
        }

        SqlMapper.AddTypeHandler(new UtcTimestampHandler());
        builder.Services.AddSingleton(_ =>
        {
            var dataSource = new NpgsqlDataSourceBuilder(connectionString);
            // No session state is ever left on a connection (advisory locks are per transaction or released), so
            // the pool need not send DISCARD ALL on reuse: that is one server transaction per connection use saved.
            dataSource.ConnectionStringBuilder.NoResetOnClose = true;
            // A service runs the same few statements all day: prepared once per connection, PostgreSQL stops parsing
            // and planning them on every call. A connection string that sets its own Max Auto Prepare keeps it.
            if (dataSource.ConnectionStringBuilder.MaxAutoPrepare == 0)
            {
                dataSource.ConnectionStringBuilder.MaxAutoPrepare = 64;
                dataSource.ConnectionStringBuilder.AutoPrepareMinUsages = 2;
            }

            return dataSource.Build();
        });
        builder.Services.AddHostedService(services => new SchemaMigrationService(
            services.GetRequiredService<NpgsqlDataSource>(),
            migrationsAssembly,
            services.GetRequiredService<ILogger<SchemaMigrationService>>()));
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }
}
