using Aspire.Hosting.Testing;
using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Ecommerce.EndToEnd.Clients;
using Ecommerce.EndToEnd.Identity;
using Ecommerce.Telemetry.Testing;

namespace Ecommerce.EndToEnd.Hosting;

/// <summary>
/// One app host for a whole test collection (starting it takes most of a minute on a small machine), with a client
/// for each service. Tests stay independent by using their own customer email and their own products. Every client
/// calls with a real token from the identity service: the operator machine client's, except where Ordering places
/// an order for a customer (that customer's own token). The services export their traces to a receiver the
/// fixture runs (<see cref="Traces"/>).
/// </summary>
public class EcommerceFixture : IAsyncLifetime
{
    private readonly EcommerceAppOptions _options;
    private readonly ConcurrentDictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);
    private EcommerceApp? _app;
    private OtlpTraceReceiver? _traces;
    private IdentityClient? _identity;
    private string? _operatorToken;

    public EcommerceFixture()
        : this(EcommerceAppOptions.Default)
    {
    }

    protected EcommerceFixture(EcommerceAppOptions options) => _options = options;

    public EcommerceApp App => _app ?? throw new InvalidOperationException("The app host has not started.");

    public TimeSpan ReservationTimeout => _options.ReservationTimeout;

    public int DeliveryCopies => _options.DeliveryCopies;

    /// <summary>Every span the five services exported during the run.</summary>
    public OtlpTraceReceiver Traces => _traces ?? throw new InvalidOperationException("The app host has not started.");

    public IdentityClient Identity => _identity ?? throw new InvalidOperationException("The app host has not started.");

    public OrderingClient Ordering => new(Http("ordering"), Identity);

    /// <summary>Ordering through one replica's own API (<c>ordering-2</c>, ...), when the run has replicas.</summary>
    public OrderingClient OrderingReplica(string resourceName) => new(Http(resourceName), Identity);

    public InventoryClient Inventory => new(Http("inventory"));

    public FulfillmentClient Fulfillment => new(Http("fulfillment"));

    public OperationsClient Operations => new(Http("operations"));

    public MailboxClient Mailbox => new(Http("smtp"));

    /// <summary>The Prometheus endpoint of one of <see cref="EcommerceApp.Services"/>.</summary>
    public MetricsClient Metrics(string service) => new(Http(service));

    public TestCatalog Catalog => new(App.ConnectionString("inventory"));

    /// <summary>A client of the resource with no token: what an anonymous caller gets.</summary>
    public HttpClient AnonymousClient(string resourceName) => App.CreateHttpClient(resourceName);

    /// <summary>One HTTP client per resource, made when first needed (a resource's endpoint exists once it started).</summary>
    private HttpClient Http(string resourceName) => _clients.GetOrAdd(resourceName, name =>
    {
        var client = App.CreateHttpClient(name);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _operatorToken);
        return client;
    });

    public virtual async Task InitializeAsync()
    {
        _traces = await OtlpTraceReceiver.StartAsync();
        _app = await EcommerceApp.StartAsync(_options with { OtlpEndpoint = _traces.Endpoint });
        _identity = new IdentityClient(_app.App.GetEndpoint("identity", "http"), _app.ConnectionString("identity"));
        _operatorToken = (await _identity.OperatorClientCredentialsAsync()).AccessToken;
    }

    public virtual async Task DisposeAsync()
    {
        _identity?.Dispose();
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_traces is not null)
        {
            await _traces.DisposeAsync();
        }
    }
}
