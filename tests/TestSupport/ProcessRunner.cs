using System.Diagnostics;

namespace Ecommerce.TestSupport;

/// <summary>Runs a command to completion, as another user when asked, and fails with its output.</summary>
internal static class ProcessRunner
{
    public static async Task RunAsync(string file, IEnumerable<string> args, string? asUser, CancellationToken ct)
    {
        var info = asUser is null ? new ProcessStartInfo(file) : new ProcessStartInfo("setpriv");
        if (asUser is not null)
        {
            foreach (var a in new[] { $"--reuid={asUser}", $"--regid={asUser}", "--init-groups", file })
            {
                info.ArgumentList.Add(a);
            }
        }

        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.WorkingDirectory = Path.GetTempPath();

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(file)} exited with {process.ExitCode}: {await stderr}{await stdout}");
        }
    }
}
