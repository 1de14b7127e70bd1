using System.Diagnostics;

namespace Ecommerce.Deployment.Tests;

/// <summary>Renders a kustomization with kubectl (or a standalone kustomize), as `kubectl apply -k` would.</summary>
internal static class Kustomize
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static async Task<string> RenderAsync(string directory, CancellationToken ct)
    {
        var (file, args) = FindRenderer() ?? throw new Xunit.Sdk.XunitException(
            "Neither kubectl nor kustomize is installed, so the Kubernetes overlays cannot be rendered. " +
            "On Debian: apt-get install -y kubernetes-client (or set KUBECTL to a kubectl binary).");
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args.Append(directory))
        {
            info.ArgumentList.Add(arg);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Timeout);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
        try
        {
            var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            if (process.ExitCode != 0)
            {
                throw new Xunit.Sdk.XunitException($"{file} {string.Join(' ', info.ArgumentList)} exited with {process.ExitCode}:\n{await stderr}");
            }

            return await stdout;
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
    }

    private static (string File, string[] Args)? FindRenderer()
    {
        var kubectl = Environment.GetEnvironmentVariable("KUBECTL") is { Length: > 0 } configured ? configured : OnPath("kubectl");
        if (kubectl is not null)
        {
            return (kubectl, ["kustomize"]);
        }

        return OnPath("kustomize") is { } kustomize ? (kustomize, ["build"]) : null;
    }

    private static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
