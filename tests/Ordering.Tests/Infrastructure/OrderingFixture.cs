using Ecommerce.TestSupport;

namespace Ecommerce.Ordering.Tests.Infrastructure;

/// <summary>
/// One PostgreSQL server and two Ordering hosts for the whole run: one that waits a minute for Inventory (every
/// test answers well before), one that gives up after two seconds (the timeout branch).
/// </summary>
public sealed class OrderingFixture : IAsyncLifetime
{
    private PostgresServer? _postgres;
    private OrderingHost? _standard;
    private OrderingHost? _quickTimeout;

    public static readonly TimeSpan QuickReservationTimeout = TimeSpan.FromSeconds(2);

    // The shared hosts serve every test class in turn: an order an earlier test left waiting for Inventory must not
    // make them refuse placements at the door (a third of the reservation timeout later). AdmissionTests has its own.
    private static readonly Dictionary<string, string?> NoAdmissionByAge = new() { ["Ordering:Admission:MaxWaitingAge"] = "01:00:00" };

    public OrderingHost Standard => _standard ?? throw new InvalidOperationException("Not started.");

    public OrderingHost QuickTimeout => _quickTimeout ?? throw new InvalidOperationException("Not started.");

    public PostgresServer Postgres => _postgres ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _postgres = await PostgresServer.StartAsync();
        _standard = await OrderingHost.StartAsync(_postgres, "standard", TimeSpan.FromMinutes(1), settings: NoAdmissionByAge);
        _quickTimeout = await OrderingHost.StartAsync(_postgres, "quick", QuickReservationTimeout, settings: NoAdmissionByAge);
    }

    public async Task DisposeAsync()
    {
        if (_standard is not null)
        {
            await _standard.DisposeAsync();
        }

        if (_quickTimeout is not null)
        {
            await _quickTimeout.DisposeAsync();
        }

        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class OrderingCollection : ICollectionFixture<OrderingFixture>
{
    public const string Name = "Ordering";
}
