namespace Ecommerce.AppHost.Tests;

/// <summary>One app host for the tests that only read from it (starting one takes several seconds).</summary>
public sealed class AppHostFixture : IAsyncLifetime
{
    private AppHostRun? _run;

    public AppHostRun Run => _run ?? throw new InvalidOperationException("The app host has not started.");

    public async Task InitializeAsync() => _run = await AppHostRun.StartAsync();

    public async Task DisposeAsync()
    {
        if (_run is not null)
        {
            await _run.DisposeAsync();
        }
    }
}
