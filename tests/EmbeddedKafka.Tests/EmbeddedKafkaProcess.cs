using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Ecommerce.EmbeddedKafka.Tests;

/// <summary>The EmbeddedKafka executable run as its own process, as the app host and developers run it.</summary>
internal sealed partial class EmbeddedKafkaProcess : IAsyncDisposable
{
    private const int SigTerm = 15;

    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly TaskCompletionSource<Match> ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private EmbeddedKafkaProcess(Process process) => this.process = process;

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static EmbeddedKafkaProcess Start(params string[] args)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Ecommerce.EmbeddedKafka.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var started = new EmbeddedKafkaProcess(new Process { StartInfo = info });
        started.process.OutputDataReceived += (_, line) => started.Append(line.Data);
        started.process.ErrorDataReceived += (_, line) => started.Append(line.Data);
        started.process.Start();
        started.process.BeginOutputReadLine();
        started.process.BeginErrorReadLine();
        return started;
    }

    /// <summary>Waits for the ready line; returns the control API's base address and the bootstrap servers.</summary>
    public async Task<(Uri ControlApi, string BootstrapServers)> WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var exited = process.WaitForExitAsync(cancellationToken);
        var first = await Task.WhenAny(ready.Task, exited);
        if (first != ready.Task)
        {
            await exited;
            throw new InvalidOperationException($"EmbeddedKafka exited with {process.ExitCode} before it was ready:\n{Output}");
        }

        var match = await ready.Task;
        return (new Uri(match.Groups["control"].Value), match.Groups["bootstrap"].Value);
    }

    public void Terminate()
    {
        if (kill(process.Id, SigTerm) != 0)
        {
            throw new InvalidOperationException($"kill({process.Id}, SIGTERM) failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    public async Task<int> WaitForExitAsync(CancellationToken cancellationToken)
    {
        await process.WaitForExitAsync(cancellationToken);
        return process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }

        var match = ReadyLine().Match(line);
        if (match.Success)
        {
            ready.TrySetResult(match);
        }
    }

    [GeneratedRegex(@"Embedded Kafka ready: bootstrap servers (?<bootstrap>\S+), control API (?<control>http://\S+)")]
    private static partial Regex ReadyLine();

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
