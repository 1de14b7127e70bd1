namespace Ecommerce.AppHost.Tests;

public sealed class ShutdownTests
{
    [Fact]
    public async Task Disposing_the_app_host_stops_postgres_and_leaves_no_process_behind()
    {
        await using var run = await LocalAppHost.StartAsync(AppHostStart.Options(startServices: false));
        Assert.NotEmpty(ProcessesMentioning(run.DataDirectory));

        await run.StopAsync();

        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (ProcessesMentioning(run.DataDirectory).Count > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
        }

        Assert.Empty(ProcessesMentioning(run.DataDirectory));
    }

    /// <summary>Command lines of live processes that name the folder (the script and the postgres server).</summary>
    private static List<string> ProcessesMentioning(string text)
    {
        var found = new List<string>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out _))
            {
                continue;
            }

            try
            {
                var commandLine = File.ReadAllText(Path.Combine(dir, "cmdline")).Replace('\0', ' ');
                if (commandLine.Contains(text, StringComparison.Ordinal))
                {
                    found.Add(commandLine);
                }
            }
            catch (IOException)
            {
                // The process ended while being read.
            }
        }

        return found;
    }
}
