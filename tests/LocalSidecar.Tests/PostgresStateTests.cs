using Ecommerce.LocalSidecar.Tests.Infrastructure;
using Ecommerce.TestSupport;
using Npgsql;

namespace Ecommerce.LocalSidecar.Tests;

[Collection(PostgresCollection.Name)]
public sealed class PostgresStateTests(PostgresFixture postgres) : StateContractTests
{
    private string _connectionString = "";

    [Fact]
    public async Task Rows_AreStoredUnderAppIdPrefixedKeys_InDaprsV2Layout()
    {
        await Client.SaveStateAsync(Store, "layout-1", new OrderEvent("layout-1", 7));

        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        var layout = await PostgresTables.ColumnsAsync(connection, "state");
        Assert.Equal(
            ["key text", "value bytea", "etag uuid", "created_at timestamp with time zone", "updated_at timestamp with time zone", "expires_at timestamp with time zone"],
            layout);
        await using var row = new NpgsqlCommand("SELECT convert_from(value, 'UTF8') FROM state WHERE key = 'shop||layout-1'", connection);
        var json = (string?)await row.ExecuteScalarAsync();
        Assert.Equal(new OrderEvent("layout-1", 7), System.Text.Json.JsonSerializer.Deserialize<OrderEvent>(json!, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)));
    }

    protected override async Task<TempResources> CreateResourcesAsync()
    {
        _connectionString = await postgres.Server.CreateDatabaseAsync($"state_{Guid.NewGuid():N}");
        return TempResources.With(Yaml.Postgres(_connectionString, Store));
    }
}
