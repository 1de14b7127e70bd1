using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Ecommerce.LocalSidecar.Hosting;
using Ecommerce.LocalSidecar.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Ecommerce.LocalSidecar.Tests;

/// <summary>daprd's HTTP API on the Dapr HTTP port, driven with a plain HttpClient as a service in another language
/// would, asserting the status codes and error codes daprd documents.</summary>
public sealed class HttpApiTests : IAsyncLifetime
{
    private readonly TempResources _resources = TempResources.With(Yaml.InMemoryPubSub(), Yaml.InMemoryState());
    private readonly ConcurrentQueue<(OrderEvent Event, string? Key)> _received = new();
    private SubscriberApp? _app;
    private LocalSidecarHost? _sidecar;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _app = await SubscriberApp.StartAsync(web => web.MapPost("/orders", (OrderEvent e, HttpRequest request) =>
        {
            _received.Enqueue((e, request.Headers["__key"]));
            return Results.Ok();
        }).WithTopic("pubsub", "orders"));
        _sidecar = await Sidecars.StartAsync("polyglot", _resources.Path, _app.Port);
        await _sidecar.WhenSubscribedAsync().WaitAsync(TimeSpan.FromSeconds(15));
        _http = new HttpClient { BaseAddress = new Uri(_sidecar.HttpEndpoint) };
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _sidecar!.DisposeAsync();
        await _app!.DisposeAsync();
        _resources.Dispose();
    }

    [Fact]
    public async Task Publish_Answers204_AndDeliversACloudEvent_WithThePartitionKeyFromTheQuery()
    {
        using var content = new StringContent("""{"orderId":"http-1","sequence":1}""", Encoding.UTF8, "application/json");

        using var response = await _http.PostAsync("/v1.0/publish/pubsub/orders?metadata.partitionKey=http-1", content);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        await Eventually.HoldsAsync(() => !_received.IsEmpty, TimeSpan.FromSeconds(10), "the published event");
        Assert.Equal((new OrderEvent("http-1", 1), "http-1"), Assert.Single(_received));
    }

    [Fact]
    public async Task Publish_ToAnUnknownPubSub_Is404_ErrPubSubNotFound()
    {
        using var response = await _http.PostAsync("/v1.0/publish/nopubsub/orders", new StringContent("{}", Encoding.UTF8, "application/json"));

        await AssertErrorAsync(response, HttpStatusCode.NotFound, "ERR_PUBSUB_NOT_FOUND");
    }

    [Fact]
    public async Task State_SaveGetWithETag_StaleETagIs409_DeleteIfMatch_ThenGetIs204()
    {
        Assert.Equal(HttpStatusCode.NoContent, (await SaveAsync("""[{"key":"o-1","value":{"orderId":"o-1","sequence":1}}]""")).StatusCode);
        using var first = await _http.GetAsync("/v1.0/state/statestore/o-1");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        // daprd sends the ETag unquoted, which HttpClient's typed ETag header refuses: read it as sent.
        var etag = ETag(first);
        Assert.Equal(new OrderEvent("o-1", 1), await first.Content.ReadFromJsonAsync<OrderEvent>(new JsonSerializerOptions(JsonSerializerDefaults.Web)));

        Assert.Equal(HttpStatusCode.NoContent, (await SaveAsync($$"""[{"key":"o-1","value":{"orderId":"o-1","sequence":2},"etag":"{{etag}}"}]""")).StatusCode);
        await AssertErrorAsync(await SaveAsync($$"""[{"key":"o-1","value":{"orderId":"o-1","sequence":3},"etag":"{{etag}}"}]"""), HttpStatusCode.Conflict, "ERR_STATE_SAVE");
        await AssertErrorAsync(await DeleteAsync("o-1", etag), HttpStatusCode.Conflict, "ERR_STATE_DELETE");

        using var current = await _http.GetAsync("/v1.0/state/statestore/o-1");
        Assert.Equal(HttpStatusCode.NoContent, (await DeleteAsync("o-1", ETag(current))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _http.GetAsync("/v1.0/state/statestore/o-1")).StatusCode);
    }

    [Fact]
    public async Task State_SavedOverHttp_IsWhatTheSdkReadsOverGrpc()
    {
        await SaveAsync("""[{"key":"shared","value":{"orderId":"shared","sequence":5}}]""");
        using var client = Sidecars.Client(_sidecar!);

        Assert.Equal(new OrderEvent("shared", 5), await client.GetStateAsync<OrderEvent>("statestore", "shared"));
    }

    [Fact]
    public async Task State_BulkGet_Answers200_WithEveryKey_AndTransaction_Answers204()
    {
        using var transaction = await _http.PostAsync("/v1.0/state/statestore/transaction", Json("""
            {"operations":[
              {"operation":"upsert","request":{"key":"b-1","value":{"orderId":"b-1","sequence":1}}},
              {"operation":"upsert","request":{"key":"b-2","value":"two"}},
              {"operation":"delete","request":{"key":"b-3"}}]}
            """));
        Assert.Equal(HttpStatusCode.NoContent, transaction.StatusCode);

        using var bulk = await _http.PostAsync("/v1.0/state/statestore/bulk", Json("""{"keys":["b-1","b-2","missing"]}"""));

        Assert.Equal(HttpStatusCode.OK, bulk.StatusCode);
        using var items = JsonDocument.Parse(await bulk.Content.ReadAsStringAsync());
        var byKey = items.RootElement.EnumerateArray().ToDictionary(i => i.GetProperty("key").GetString()!);
        Assert.Equal(1, byKey["b-1"].GetProperty("data").GetProperty("sequence").GetInt32());
        Assert.Equal("two", byKey["b-2"].GetProperty("data").GetString());
        Assert.False(string.IsNullOrEmpty(byKey["b-2"].GetProperty("etag").GetString()));
        Assert.False(byKey["missing"].TryGetProperty("data", out _));
    }

    [Fact]
    public async Task State_UnknownStore_Is400_AndAMalformedBody_Is400()
    {
        await AssertErrorAsync(await _http.GetAsync("/v1.0/state/nostore/k"), HttpStatusCode.BadRequest, "ERR_STATE_STORE_NOT_FOUND");
        await AssertErrorAsync(await SaveAsync("not json"), HttpStatusCode.BadRequest, "ERR_MALFORMED_REQUEST");
        await AssertErrorAsync(await SaveAsync("""[{"value":1}]"""), HttpStatusCode.BadRequest, "ERR_MALFORMED_REQUEST");
    }

    [Fact]
    public async Task Metadata_ListsTheAppIdComponentsAndSubscriptions()
    {
        using var metadata = JsonDocument.Parse(await _http.GetStringAsync("/v1.0/metadata"));

        Assert.Equal("polyglot", metadata.RootElement.GetProperty("id").GetString());
        Assert.Equal(["pubsub.in-memory", "state.in-memory"], metadata.RootElement.GetProperty("components").EnumerateArray().Select(c => c.GetProperty("type").GetString()).Order());
        var subscription = Assert.Single(metadata.RootElement.GetProperty("subscriptions").EnumerateArray());
        Assert.Equal("orders", subscription.GetProperty("topic").GetString());
    }

    [Fact]
    public async Task WithAnApiToken_CallsWithoutItAre401_ButHealthIsOpen()
    {
        using var resources = TempResources.With(Yaml.InMemoryState());
        await using var sidecar = await Sidecars.StartAsync("guarded", resources.Path, apiToken: "s3cret");
        using var http = new HttpClient { BaseAddress = new Uri(sidecar.HttpEndpoint) };

        using var refused = await http.GetAsync("/v1.0/state/statestore/k");
        using var health = await http.GetAsync("/v1.0/healthz");
        using var allowed = new HttpRequestMessage(HttpMethod.Get, "/v1.0/state/statestore/k") { Headers = { { "dapr-api-token", "s3cret" } } };

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, health.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await http.SendAsync(allowed)).StatusCode);
    }

    private static string ETag(HttpResponseMessage response) => response.Headers.NonValidated["ETag"].ToString();

    private Task<HttpResponseMessage> DeleteAsync(string key, string etag)
    {
        var delete = new HttpRequestMessage(HttpMethod.Delete, $"/v1.0/state/statestore/{key}");
        delete.Headers.TryAddWithoutValidation("If-Match", etag);
        return _http.SendAsync(delete);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private Task<HttpResponseMessage> SaveAsync(string json) => _http.PostAsync("/v1.0/state/statestore", Json(json));

    private static async Task AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string errorCode)
    {
        using (response)
        {
            Assert.Equal(status, response.StatusCode);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.Equal(errorCode, body.RootElement.GetProperty("errorCode").GetString());
        }
    }
}
