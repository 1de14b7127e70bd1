using Ecommerce.TestSupport;

namespace Ecommerce.Inventory.Tests;

/// <summary>Each test: a fresh database (migrated and seeded by the service at start) and a fresh service.</summary>
[Collection(InventoryCollection.Name)]
public abstract class InventoryTest(PostgresFixture postgres) : IAsyncLifetime
{
    private InventoryApp? _app;
    private InventoryDatabase? _database;
    private HttpClient? _client;

    protected InventoryApp App => _app ?? throw new InvalidOperationException("Not initialized.");

    protected InventoryDatabase Database => _database ?? throw new InvalidOperationException("Not initialized.");

    protected HttpClient Client => _client ?? throw new InvalidOperationException("Not initialized.");

    public async Task InitializeAsync()
    {
        var connectionString = await postgres.Server.CreateDatabaseAsync("inventory_" + Guid.NewGuid().ToString("N"));
        _database = new InventoryDatabase(connectionString);
        _app = new InventoryApp(connectionString);
        _client = _app.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
