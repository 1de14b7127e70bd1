namespace Ecommerce.AppHost.Tests;

public sealed class ShutdownTests
{
    [Fact]
    public async Task Disposing_the_app_host_stops_postgres_and_leaves_no_process_behind()
    {
        await using var run = await LocalAppHost.StartAsync(AppHostStart.Options(startServices: false));
        Assert.NotEmpty(LiveProcesses.Mentioning(run.DataDirectory));

        await run.StopAsync();

        Assert.Empty(await LiveProcesses.MentioningAfterAsync(run.DataDirectory, TimeSpan.FromSeconds(20)));
    }
}
