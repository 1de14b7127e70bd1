using Ecommerce.TestSupport.Dapr;
using Ecommerce.TestSupport;

namespace Ecommerce.Operations.Tests;

/// <summary>
/// One PostgreSQL server and one service for the collection (tests keep apart by unique ids); tests that need an
/// empty or broken database start a service of their own.
/// </summary>
public sealed class OperationsFixture : IAsyncLifetime
{
    private readonly PostgresFixture _postgres = new();
    private readonly List<OperationsApp> _apps = [];

    public PostgresServer Postgres => _postgres.Server;

    public OperationsApp App { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await _postgres.InitializeAsync();
        (App, Client, _) = await StartAppAsync();
    }

    /// <summary>A started service on a fresh database, disposed with the fixture.</summary>
    public async Task<(OperationsApp App, HttpClient Client, string ConnectionString)> StartAppAsync()
    {
        var connectionString = await Postgres.CreateDatabaseAsync("operations_" + Guid.NewGuid().ToString("N")[..12]);
        var app = new OperationsApp(connectionString, new FakeDaprClient());
        _apps.Add(app);
        return (app, app.CreateClient(), connectionString);
    }

    public async Task DisposeAsync()
    {
        foreach (var app in _apps)
        {
            await app.DisposeAsync();
        }

        await _postgres.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class OperationsCollection : ICollectionFixture<OperationsFixture>
{
    public const string Name = "operations";
}
