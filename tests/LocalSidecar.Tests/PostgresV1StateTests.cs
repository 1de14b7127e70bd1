using System.Text;
using Ecommerce.LocalSidecar.Tests.Infrastructure;
using Ecommerce.TestSupport;
using Grpc.Core;
using Npgsql;

namespace Ecommerce.LocalSidecar.Tests;

/// <summary>
/// state.postgresql v1 as components-contrib's v1 store keeps it, so daprd v1 and the local sidecar read each other's
/// rows: table "state" (key, value jsonb, isbinary, insertdate, updatedate, expiredate, row_id), xmin as the ETag,
/// bytes as the JSON string of their base64, and the migration level in dapr_metadata.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresV1StateTests(PostgresFixture postgres) : StateContractTests
{
    private string _connectionString = "";

    [Fact]
    public async Task Rows_AreInDaprsV1Layout_WithTheMigrationLevelDaprdRecords()
    {
        await Client.SaveStateAsync(Store, "layout-1", new OrderEvent("layout-1", 7));

        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        Assert.Equal(
            ["key text", "value jsonb", "isbinary boolean", "insertdate timestamp with time zone", "updatedate timestamp with time zone", "expiredate timestamp with time zone", "row_id bigint"],
            await PostgresTables.ColumnsAsync(connection, "state"));
        Assert.Equal(["key text", "value text"], await PostgresTables.ColumnsAsync(connection, "dapr_metadata"));
        Assert.Equal("3", await ScalarAsync(connection, "SELECT value FROM dapr_metadata WHERE key = 'migrations'"));

        // The SDK sends bytes without a content type, which daprd's v1 store keeps base64-encoded in a JSON string.
        Assert.Equal(true, await ScalarAsync(connection, "SELECT isbinary FROM state WHERE key = 'shop||layout-1'"));
        var base64 = (string)(await ScalarAsync(connection, "SELECT value #>> '{}' FROM state WHERE key = 'shop||layout-1'"))!;
        Assert.Contains("\"orderId\":\"layout-1\"", Encoding.UTF8.GetString(Convert.FromBase64String(base64)));
        Assert.Equal(
            (await Client.GetStateAndETagAsync<OrderEvent>(Store, "layout-1")).etag,
            (await ScalarAsync(connection, "SELECT xmin::text FROM state WHERE key = 'shop||layout-1'"))!.ToString());
    }

    [Fact]
    public async Task RowsDaprdWrote_BinaryAndJson_AreReadBack()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        var binary = Convert.ToBase64String(Encoding.UTF8.GetBytes("""{"orderId":"by-daprd-1","sequence":1}"""));
        await ExecuteAsync(connection, $$"""INSERT INTO state (key, value, isbinary) VALUES ('shop||by-daprd-1', to_jsonb('{{binary}}'::text), true)""");
        await ExecuteAsync(connection, """INSERT INTO state (key, value, isbinary) VALUES ('shop||by-daprd-2', '{"orderId":"by-daprd-2","sequence":2}', false)""");

        Assert.Equal(new OrderEvent("by-daprd-1", 1), await Client.GetStateAsync<OrderEvent>(Store, "by-daprd-1"));
        Assert.Equal(new OrderEvent("by-daprd-2", 2), await Client.GetStateAsync<OrderEvent>(Store, "by-daprd-2"));
    }

    [Fact]
    public async Task ANonNumericETag_IsInvalidArgument_AsInDaprdsV1Store()
    {
        await Client.SaveStateAsync(Store, "etag-1", new OrderEvent("etag-1", 1));

        var error = await Assert.ThrowsAsync<Dapr.DaprException>(() =>
            Client.SaveBulkStateAsync(Store, [new Dapr.Client.SaveStateItem<OrderEvent>("etag-1", new OrderEvent("etag-1", 2), "not-a-number")]));

        var rpc = Assert.IsType<RpcException>(error.InnerException);
        Assert.Equal(StatusCode.InvalidArgument, rpc.StatusCode);
        Assert.Contains("invalid etag value", rpc.Status.Detail);
    }

    protected override async Task<TempResources> CreateResourcesAsync()
    {
        _connectionString = await postgres.Server.CreateDatabaseAsync($"state_v1_{Guid.NewGuid():N}");
        return TempResources.With(Yaml.Postgres(_connectionString, Store, version: "v1"));
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
