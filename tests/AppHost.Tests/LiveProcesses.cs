namespace Ecommerce.AppHost.Tests;

/// <summary>The machine's live processes, read from /proc, to prove that a run left none behind.</summary>
internal static class LiveProcesses
{
    /// <summary>Waits until no process's command line names the text (the run's data folder), or the time is up.</summary>
    public static async Task<List<string>> MentioningAfterAsync(string text, TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        var found = Mentioning(text);
        while (found.Count > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
            found = Mentioning(text);
        }

        return found;
    }

    /// <summary>Command lines of live processes that name the text.</summary>
    public static List<string> Mentioning(string text)
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
