using Ecommerce.LocalSidecar.Components;

namespace Ecommerce.LocalSidecar.Hosting;

/// <summary>The process entry: parse daprd's flags, start, run until SIGTERM/Ctrl+C. Exit code 2 for bad flags,
/// 1 for resources the sidecar cannot honour (message on stderr naming the file and field).</summary>
public static class LocalSidecarProgram
{
    public static async Task<int> RunAsync(string[] args, SidecarHooks? hooks = null)
    {
        SidecarOptions options;
        try
        {
            options = SidecarCommandLine.Parse(args);
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}\n{SidecarCommandLine.Usage}");
            return 2;
        }

        try
        {
            await using var host = await LocalSidecarHost.StartAsync(options, hooks);
            await host.WaitForShutdownAsync();
            return 0;
        }
        catch (ComponentConfigurationException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return 1;
        }
    }
}
