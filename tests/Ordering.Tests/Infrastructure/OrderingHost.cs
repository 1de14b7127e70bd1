using System.Net.Http.Json;
using System.Text.Json;
using Dapr.Workflow;
using Ecommerce.Ordering.Apis;
using Ecommerce.Ordering.Data;
using Ecommerce.TestSupport;
using Ecommerce.TestSupport.Dapr;
using Ecommerce.TestSupport.Security;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Ecommerce.Ordering.Tests.Infrastructure;

/// <summary>
/// The Ordering service as it runs for real, minus the network: its own PostgreSQL database, its workflow worker
/// connected to an in-process sidecar (workflow backend + recording pub/sub), and an HTTP client. It accepts the test
/// issuer's tokens: <see cref="Client"/> calls as an operator (sees every order), <see cref="PlaceAsync"/> as the
/// customer the body names in <c>customerEmail</c> (removed from the body: the owner comes from the token).
/// </summary>
public sealed class OrderingHost : IAsyncDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly WebApplicationFactory<Program> _factory;

    public const string DefaultCustomer = "ada@example.com";

    private OrderingHost(WebApplicationFactory<Program> factory, TestSidecar sidecar, string connectionString)
    {
        _factory = factory;
        Sidecar = sidecar;
        ConnectionString = connectionString;
        Client = factory.CreateClient().As(TestTokens.Operator());
    }

    /// <summary>A client signed in with <paramref name="token"/> (null: anonymous, and without the sidecar's app token).</summary>
    public HttpClient CreateClient(string? token) => _factory.CreateClient().As(token, withAppToken: token is not null);

    public HttpClient Client { get; }

    public TestSidecar Sidecar { get; }

    public PublishRecorder Published => Sidecar.Published;

    public string ConnectionString { get; }

    public IDaprWorkflowClient Workflows => _factory.Services.GetRequiredService<IDaprWorkflowClient>();

    /// <summary>The service's own store, for tests that write what no request would (an order without its workflow).</summary>
    public OrderRepository Orders => _factory.Services.GetRequiredService<OrderRepository>();

    public static async Task<OrderingHost> StartAsync(
        PostgresServer postgres, string name, TimeSpan reservationTimeout, TimeSpan? workflowCallTimeout = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var connectionString = await postgres.CreateDatabaseAsync("ordering_" + name);
        var sidecar = await TestSidecar.StartAsync(await postgres.CreateDatabaseAsync("workflows_" + name));
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web => TestTokens.Settings.Concat(settings ?? new Dictionary<string, string?>())
            .Aggregate(web, (builder, setting) => builder.UseSetting(setting.Key, setting.Value))
            .UseSetting("ConnectionStrings:ordering", connectionString)
            .UseSetting("DAPR_GRPC_ENDPOINT", sidecar.Endpoint)
            .UseSetting("DAPR_HTTP_ENDPOINT", sidecar.Endpoint)
            .UseSetting("Ordering:ReservationTimeout", reservationTimeout.ToString("c"))
            .UseSetting("Ordering:WorkflowCallTimeout", (workflowCallTimeout ?? TimeSpan.FromSeconds(10)).ToString("c"))
            .UseEnvironment("Production")
            .UseSetting("Serilog:MinimumLevel:Default", "Warning"));
        var host = new OrderingHost(factory, sidecar, connectionString);
        return host;
    }

    public Task<HttpResponseMessage> PlaceAsync(object body, string? idempotencyKey = null)
    {
        var json = JsonSerializer.SerializeToNode(body, Json)!.AsObject();
        var customer = json["customerEmail"]?.GetValue<string>() ?? DefaultCustomer;
        json.Remove("customerEmail");
        var request = new HttpRequestMessage(HttpMethod.Post, "/orders") { Content = JsonContent.Create(json) };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", TestTokens.Customer(customer));
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return Client.SendAsync(request);
    }

    /// <summary>Places a valid order and returns its id (from the Location header).</summary>
    public async Task<Guid> PlaceOrderAsync(string customerEmail = "ada@example.com", params (string ProductId, int Quantity)[] lines)
    {
        var response = await PlaceAsync(OrderRequests.Valid(customerEmail, lines));
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }

    public async Task<OrderDetails> GetOrderAsync(Guid orderId) =>
        (await Client.GetFromJsonAsync<OrderDetails>($"/orders/{orderId}", Json))!;

    /// <summary>GET /orders with <paramref name="query"/> (e.g. <c>customerEmail=a@b&amp;status=Placed</c>) as the operator.</summary>
    public async Task<OrderPage> ListOrdersAsync(string query) =>
        (await Client.GetFromJsonAsync<OrderPage>($"/orders?{query}", Json))!;

    public async Task<OrderDetails> WaitForStatusAsync(Guid orderId, string status, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        OrderDetails order;
        do
        {
            order = await GetOrderAsync(orderId);
            if (order.Status == status)
            {
                return order;
            }

            await Task.Delay(50);
        }
        while (DateTime.UtcNow < deadline);

        throw new TimeoutException($"Order {orderId} is {order.Status}, expected {status}.");
    }

    /// <summary>Waits until the order's workflow has finished, so nothing it still does can change what a test asserts.</summary>
    public async Task<WorkflowState> WaitForWorkflowEndAsync(Guid orderId)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        return await Workflows.WaitForWorkflowCompletionAsync(orderId.ToString(), getInputsAndOutputs: true, timeout.Token);
    }

    /// <summary>Delivers an event as daprd does and returns daprd's reading of the answer.</summary>
    public Task<DaprdAnswer> DeliverAsync(string topic, object data) => Client.DeliverAsync(topic, data);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
        await Sidecar.DisposeAsync();
    }
}
