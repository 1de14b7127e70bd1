using Ecommerce.TestSupport;

namespace Ecommerce.LocalSidecar.Workflow.Tests.Infrastructure;

/// <summary>
/// One PostgreSQL server for the suite, plus a shared backend and SDK app for the tests that do not crash
/// anything. Crash tests start their own backend and app under their own app id on the same database.
/// </summary>
public sealed class WorkflowFixture : IAsyncLifetime
{
    private PostgresServer? _postgres;
    private WorkflowServer? _server;
    private WorkflowApp? _app;

    public string ConnectionString { get; private set; } = "";
    public WorkflowServer Server => _server ?? throw new InvalidOperationException("Fixture not started.");
    public WorkflowApp App => _app ?? throw new InvalidOperationException("Fixture not started.");

    public async Task InitializeAsync()
    {
        _postgres = await PostgresServer.StartAsync();
        ConnectionString = await _postgres.CreateDatabaseAsync("workflows");
        _server = await WorkflowServer.StartAsync(ConnectionString, "shared", FreePort.Next());
        _app = await WorkflowApp.StartAsync(_server.Endpoint);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }
}
