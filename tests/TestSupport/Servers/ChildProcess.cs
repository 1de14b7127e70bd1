using System.Diagnostics;
using System.Text;

namespace Ecommerce.TestSupport.Servers;

/// <summary>A process a test starts (node, redis-server) and always ends: killed on dispose, by its own id.</summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly string _readyLine;

    private ChildProcess(Process process, string readyLine)
    {
        _process = process;
        _readyLine = readyLine;
    }

    /// <summary>Starts <paramref name="file"/> and completes once a line of its output contains <paramref name="readyLine"/>.</summary>
    public static async Task<ChildProcess> StartAsync(string file, IEnumerable<string> args, IReadOnlyDictionary<string, string> environment, string readyLine, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        var child = new ChildProcess(new Process { StartInfo = info, EnableRaisingEvents = true }, readyLine);
        child._process.OutputDataReceived += (_, e) => child.OnLine(e.Data);
        child._process.ErrorDataReceived += (_, e) => child.OnLine(e.Data);
        child._process.Exited += (_, _) => child._ready.TrySetException(new InvalidOperationException($"{file} exited before it was ready: {child.Output}"));
        child._process.Start();
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        try
        {
            await child._ready.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch
        {
            await child.DisposeAsync();
            throw;
        }

        return child;
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (line.Contains(_readyLine, StringComparison.Ordinal))
        {
            _ready.TrySetResult();
        }
    }
}
