namespace Ecommerce.AppHost.Tests;

/// <summary>One app host with only the stand-ins, shared by the tests that only read from it.</summary>
public sealed class AppHostFixture : IAsyncLifetime
{
    private LocalAppHost? _run;

    public LocalAppHost Run => _run ?? throw new InvalidOperationException("The app host has not started.");

    public async Task InitializeAsync() => _run = await LocalAppHost.StartAsync(AppHostStart.Options(startServices: false));

    public async Task DisposeAsync()
    {
        if (_run is not null)
        {
            await _run.DisposeAsync();
        }
    }
}
