using System.Collections.Concurrent;
using Ecommerce.EndToEnd.Clients;

namespace Ecommerce.EndToEnd.Hosting;

/// <summary>
/// One app host for a whole test collection (starting it takes most of a minute on a small machine), with a client
/// for each service. Tests stay independent by using their own customer email and their own products.
/// </summary>
public class EcommerceFixture : IAsyncLifetime
{
    private readonly EcommerceAppOptions _options;
    private readonly ConcurrentDictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);
    private EcommerceApp? _app;

    public EcommerceFixture()
        : this(EcommerceAppOptions.Default)
    {
    }

    protected EcommerceFixture(EcommerceAppOptions options) => _options = options;

    public EcommerceApp App => _app ?? throw new InvalidOperationException("The app host has not started.");

    public TimeSpan ReservationTimeout => _options.ReservationTimeout;

    public int DeliveryCopies => _options.DeliveryCopies;

    public OrderingClient Ordering => new(Http("ordering"));

    public InventoryClient Inventory => new(Http("inventory"));

    public FulfillmentClient Fulfillment => new(Http("fulfillment"));

    public OperationsClient Operations => new(Http("operations"));

    public MailboxClient Mailbox => new(Http("smtp"));

    /// <summary>The Prometheus endpoint of one of <see cref="EcommerceApp.Services"/>.</summary>
    public MetricsClient Metrics(string service) => new(Http(service));

    public TestCatalog Catalog => new(App.ConnectionString("inventory"));

    /// <summary>One HTTP client per resource, made when first needed (a resource's endpoint exists once it started).</summary>
    private HttpClient Http(string resourceName) => _clients.GetOrAdd(resourceName, App.CreateHttpClient);

    public async Task InitializeAsync() => _app = await EcommerceApp.StartAsync(_options);

    public async Task DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
