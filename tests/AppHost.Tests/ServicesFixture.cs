using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Ecommerce.AppHost.Tests;

/// <summary>One app host with every service, its console captured, shared by the tests that only read from it.</summary>
public sealed class ServicesFixture : IAsyncLifetime
{
    private LocalAppHost? _run;

    public LocalAppHost Run => _run ?? throw new InvalidOperationException("The app host has not started.");

    public CapturedLogs Logs { get; } = new();

    public async Task InitializeAsync() =>
        _run = await LocalAppHost.StartAsync(AppHostStart.Options(startServices: true) with
        {
            Model = builder => builder.Services.AddSingleton<ILoggerProvider>(Logs),
        });

    public async Task DisposeAsync()
    {
        if (_run is not null)
        {
            await _run.DisposeAsync();
        }
    }
}
