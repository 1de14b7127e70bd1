using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Ecommerce.EndToEnd.Clients;
using Ecommerce.EndToEnd.Hosting;
using Ecommerce.EndToEnd.Identity;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ecommerce.Faults.Hosting;

/// <summary>
/// One app host for every fault of a collection (each fault leaves it healthy again, the whole-host restart included:
/// the restarted host replaces this one), with clients that always reach the host running now. Every event is delivered once, as
/// in production, and Ordering gives Inventory <see cref="ReservationTimeout"/> to answer.
/// </summary>
public class FaultShop : IAsyncLifetime
{
    public static readonly EcommerceAppOptions Options = new(TimeSpan.FromSeconds(30), DeliveryCopies: 1);

    private readonly EcommerceAppOptions _options;
    private readonly ConcurrentDictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);
    private int _placements;
    private readonly List<MailView> _mailBeforeRestart = [];
    private EcommerceApp? _app;
    private IdentityClient? _identity;
    private string? _operatorToken;

    public FaultShop()
        : this(Options)
    {
    }

    protected FaultShop(EcommerceAppOptions options) => _options = options;

    public EcommerceApp App => _app ?? throw new InvalidOperationException("The app host has not started.");

    public TimeSpan ReservationTimeout => _options.ReservationTimeout;

    public IdentityClient Identity => _identity ?? throw new InvalidOperationException("The app host has not started.");

    /// <summary>Ordering's replicas (<c>ordering</c>, <c>ordering-2</c>, ...), each with its own API.</summary>
    public IReadOnlyList<string> OrderingReplicas => App.Settings.ReplicaNames("ordering");

    /// <summary>
    /// The replica the next order goes to, as a load balancer picks: the replicas the app host reports healthy in turn,
    /// or the first one when none is (a single Ordering that is down gets the call and gives no answer).
    /// </summary>
    public string NextOrderingEntrance()
    {
        if (OrderingReplicas.Count == 1)
        {
            return OrderingReplicas[0];
        }

        var healthy = OrderingReplicas.Where(IsHealthy).ToList();
        return healthy.Count == 0 ? OrderingReplicas[0] : healthy[Interlocked.Increment(ref _placements) % healthy.Count];
    }

    public OrderingClient OrderingThrough(string replica) => new(Http(replica), Identity);

    public OperationsClient Operations => new(Http("operations"));

    public FulfillmentClient Fulfillment => new(Http("fulfillment"));

    public MailboxClient Mailbox => new(Http("smtp"));

    public HttpClient OperationsHttp => Http("operations");

    public HttpClient MailboxHttp => Http("smtp");

    /// <summary>What the SMTP sink had received when the app host was last restarted (its mailbox is in memory).</summary>
    public IReadOnlyList<MailView> MailBeforeRestart => _mailBeforeRestart;

    public TestCatalog Catalog => new(App.ConnectionString("inventory"));

    public async Task InitializeAsync() => await ConnectAsync(await EcommerceApp.StartAsync(_options));

    /// <summary>Stops the whole app host (Ctrl+C) and starts it again on the same data folder.</summary>
    public async Task RestartAsync(CancellationToken ct)
    {
        var old = App;
        _mailBeforeRestart.AddRange(await MailboxHttp.GetFromJsonAsync<List<MailView>>("/messages", ct) ?? []);
        Disconnect();
        try
        {
            await ConnectAsync(await old.RestartAsync(_options, ct));
        }
        finally
        {
            await old.DisposeAsync();
        }
    }

    public async Task DisposeAsync()
    {
        Disconnect();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private async Task ConnectAsync(EcommerceApp app)
    {
        // Calls made while the host was restarting cached clients of the stopped one.
        DisposeClients();
        _app = app;
        _identity = new IdentityClient(app.App.GetEndpoint("identity", "http"), app.ConnectionString("identity"));
        _operatorToken = (await _identity.OperatorClientCredentialsAsync()).AccessToken;
    }

    private void Disconnect()
    {
        _identity?.Dispose();
        _identity = null;
        DisposeClients();
    }

    private void DisposeClients()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        _clients.Clear();
    }

    private bool IsHealthy(string resourceName) =>
        App.App.ResourceNotifications.TryGetCurrentState(resourceName, out var current)
        && current.Snapshot.State?.Text == KnownResourceStates.Running
        && current.Snapshot.HealthStatus == HealthStatus.Healthy;

    private HttpClient Http(string resourceName) => _clients.GetOrAdd(resourceName, name =>
    {
        var client = App.App.CreateHttpClient(name);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _operatorToken);
        return client;
    });
}
