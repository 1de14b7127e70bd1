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

    public OrderingHost Standard => _standard ?? throw new InvalidOperationException("Not started.");

    public OrderingHost QuickTimeout => _quickTimeout ?? throw new InvalidOperationException("Not started.");

    public PostgresServer Postgres => _postgres ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _postgres = await PostgresServer.StartAsync();
        _standard = await OrderingHost.StartAsync(_postgres, "standard", TimeSpan.FromMinutes(1));
        _quickTimeout = await OrderingHost.StartAsync(_postgres, "quick", QuickReservationTimeout);
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
