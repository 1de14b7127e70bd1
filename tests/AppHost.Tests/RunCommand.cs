using System.Diagnostics;
using System.Reflection;
using Ecommerce.LocalRun;
using Ecommerce.TestSupport;

namespace Ecommerce.AppHost.Tests;

/// <summary>
/// The README's run command (<c>dotnet run --project aspire/Ecommerce.AppHost</c>, already built) as a process of its
/// own, with what it prints. Every port is a free one (the dashboard's too) and the data folder is temporary, so it
/// never meets a developer's run; a test then takes the port it is about.
/// </summary>
public sealed class RunCommand : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Observed<string> _output = new();
    private readonly string _temporary;

    private RunCommand(Process process, LocalRunSettings settings, string temporary)
    {
        _process = process;
        Settings = settings;
        _temporary = temporary;
    }

    public LocalRunSettings Settings { get; }

    /// <summary>Everything printed so far, standard output and error, one line after another.</summary>
    public string Output => string.Join(Environment.NewLine, _output.Snapshot());

    /// <summary>
    /// Starts the run command with only the stand-ins, after the settings are changed as the test needs. The data
    /// folder they start with is temporary and deleted on dispose, whatever the test points the run at.
    /// </summary>
    public static RunCommand Start(Action<LocalRunSettings>? change = null)
    {
        var temporary = LocalAppHost.CreateDataDirectory();
        var settings = LocalRunSettings.OnFreePorts(temporary, startServices: false);
        change?.Invoke(settings);
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot.Path,
        };
        string[] args =
        [
            "run", "--no-build", "-c", Configuration(), "--project", "aspire/Ecommerce.AppHost", "--",
            .. settings.ToCommandLine(),
            $"--ASPNETCORE_URLS=http://localhost:{FreePorts.Next()}",
            $"--ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL=http://localhost:{FreePorts.Next()}",
            $"--ASPIRE_RESOURCE_SERVICE_ENDPOINT_URL=http://localhost:{FreePorts.Next()}",
        ];
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start.");
        var run = new RunCommand(process, settings, temporary);
        process.OutputDataReceived += (_, line) => run.Add(line.Data);
        process.ErrorDataReceived += (_, line) => run.Add(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return run;
    }

    /// <summary>Waits until a printed line contains the text.</summary>
    public Task WaitForLineAsync(string text, CancellationToken ct) =>
        _output.WaitForAsync(line => line.Contains(text, StringComparison.Ordinal), ct);

    public async Task<int> WaitForExitAsync(CancellationToken ct)
    {
        await _process.WaitForExitAsync(ct);
        return _process.ExitCode;
    }

    /// <summary>SIGTERM, as <c>kill &lt;pid&gt;</c> or a terminal's Ctrl+C would stop it.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_temporary, recursive: true);
    }

    private void Add(string? line)
    {
        if (line is not null)
        {
            _output.Add(line);
        }
    }

    private static string Configuration() =>
        typeof(RunCommand).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
}
