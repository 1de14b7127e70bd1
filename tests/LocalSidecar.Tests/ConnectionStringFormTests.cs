using Ecommerce.LocalSidecar.State;
using Ecommerce.LocalSidecar.Tests.Infrastructure;
using Ecommerce.TestSupport;
using Npgsql;

namespace Ecommerce.LocalSidecar.Tests;

/// <summary>Every connection-string form daprd's PostgreSQL stores accept (pgx key=value as the Dapr docs write it,
/// postgres:// and postgresql:// URLs, Npgsql's Key=Value;) opens the same database, for v1 and v2.</summary>
[Collection(PostgresCollection.Name)]
public sealed class ConnectionStringFormTests(PostgresFixture postgres)
{
    public static TheoryData<string, string> Forms => new()
    {
        { "v1", "pgx" }, { "v1", "postgres-url" }, { "v1", "postgresql-url" }, { "v1", "npgsql" },
        { "v2", "pgx" }, { "v2", "postgres-url" }, { "v2", "postgresql-url" }, { "v2", "npgsql" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public async Task EachForm_SavesAndReadsState(string version, string form)
    {
        var npgsql = new NpgsqlConnectionStringBuilder(await postgres.Server.CreateDatabaseAsync($"forms_{version}_{form.Replace('-', '_')}"));
        var connectionString = form switch
        {
            "pgx" => $"host={npgsql.Host} user={npgsql.Username} password='' port={npgsql.Port} connect_timeout=10 database={npgsql.Database}",
            "postgres-url" => $"postgres://{npgsql.Username}@{npgsql.Host}:{npgsql.Port}/{npgsql.Database}?sslmode=disable&connect_timeout=10",
            "postgresql-url" => $"postgresql://{npgsql.Username}:unused%20secret@{npgsql.Host}:{npgsql.Port}/{npgsql.Database}?application_name=sidecar",
            _ => npgsql.ConnectionString,
        };
        using var resources = TempResources.With(Yaml.Postgres(connectionString, "statestore", version));
        await using var sidecar = await Sidecars.StartAsync("forms", resources.Path);
        using var client = Sidecars.Client(sidecar);

        await client.SaveStateAsync("statestore", "k", new OrderEvent(form, 1));

        Assert.Equal(new OrderEvent(form, 1), await client.GetStateAsync<OrderEvent>("statestore", "k"));
    }

    [Fact]
    public void PgxKeywordValue_WithQuotesAndEscapes_BecomesNpgsql()
    {
        var converted = new NpgsqlConnectionStringBuilder(PostgresConnectionString.ToNpgsql(@"host=db.local port = 6432 user=app password='it\'s a secret' dbname=shop sslmode=require pool_max_conns=7"));

        Assert.Equal(("db.local", 6432, "app", "it's a secret", "shop", SslMode.Require, 7),
            (converted.Host, converted.Port, converted.Username, converted.Password, converted.Database, converted.SslMode, converted.MaxPoolSize));
    }

    [Fact]
    public void AnUnknownParameter_IsNamed_WithoutItsValue()
    {
        var error = Assert.Throws<FormatException>(() => PostgresConnectionString.ToNpgsql("host=x krbsrvname=secret-value"));

        Assert.Contains("'krbsrvname'", error.Message);
        Assert.DoesNotContain("secret-value", error.Message);
    }
}
