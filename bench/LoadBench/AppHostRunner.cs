using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Ecommerce.LoadBench;

/// <summary>
/// Starts the README's run command in Release with a throw-away data folder (a clean database for every run) and
/// waits until every service answers /health/ready; stops it (SIGTERM: it stops everything it started) at the end.
/// With replicas it learns every replica's address from the ready summary (replicas after the first take free ports).
/// </summary>
public sealed partial class AppHostRunner : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _dataDirectory;

    private AppHostRunner(Process process, string dataDirectory)
    {
        _process = process;
        _dataDirectory = dataDirectory;
    }

    /// <summary>The options with every service replica's address when the app host runs replicas.</summary>
    public BenchOptions Options { get; private set; } = null!;

    public static async Task<AppHostRunner> StartAsync(BenchOptions options, CancellationToken ct)
    {
        var root = RepositoryRoot();
        var dataDirectory = Directory.CreateTempSubdirectory("loadbench-").FullName;
        if (!OperatingSystem.IsWindows())
        {
            // PostgreSQL runs as the postgres user when the bench runs as root: it must be able to reach its folder.
            File.SetUnixFileMode(dataDirectory, (UnixFileMode)0b111_101_101);
        }
        var arguments = $"run -c Release --project {Path.Combine(root, "aspire", "Ecommerce.AppHost")} -- --LocalRun:DataDirectory={dataDirectory}";
        if (options.Replicas > 1)
        {
            arguments += $" --LocalRun:Replicas={options.Replicas}";
        }

        var process = Process.Start(new ProcessStartInfo("dotnet", arguments)
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("Could not start the app host.");
        var lastLines = new Queue<string>();
        void Keep(string? line)
        {
            lock (lastLines)
            {
                if (line is null)
                {
                    return;
                }

                lastLines.Enqueue(line);
                if (lastLines.Count > 20)
                {
                    lastLines.Dequeue();
                }
            }
        }

        // The ready summary lists each service replica as "<name>  http://127.0.0.1:<port>/scalar"; "Mailbox" follows them.
        var services = new List<(string Name, string Url)>();
        var summaryRead = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            Keep(e.Data);
            if (e.Data is { } line && SummaryService().Match(line) is { Success: true } match)
            {
                lock (services)
                {
                    services.Add((match.Groups["name"].Value, match.Groups["url"].Value));
                }
            }
            else if (e.Data?.Contains("Mailbox", StringComparison.Ordinal) == true)
            {
                summaryRead.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var runner = new AppHostRunner(process, dataDirectory);
        try
        {
            await WaitUntilReadyAsync(options, process, ct);
            runner.Options = options;
            if (options.Replicas > 1)
            {
                await summaryRead.Task.WaitAsync(TimeSpan.FromMinutes(5 * options.Replicas), ct);
                lock (services)
                {
                    runner.Options = options with
                    {
                        OrderingUrls = [.. services.Where(s => s.Name == "ordering" || s.Name.StartsWith("ordering-", StringComparison.Ordinal)).Select(s => s.Url)],
                        ServiceUrls = [.. services.Select(s => s.Url)],
                    };
                }
            }

            return runner;
        }
        catch (Exception exception) when (exception is InvalidOperationException or TimeoutException)
        {
            await runner.DisposeAsync();
            lock (lastLines)
            {
                throw new InvalidOperationException(exception.Message + " Its last lines:\n" + string.Join('\n', lastLines), exception);
            }
        }
    }

    private static async Task WaitUntilReadyAsync(BenchOptions options, Process process, CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        // Each replica adds a service and a sidecar per app id to start: five more minutes for each.
        var minutes = 5 * Math.Max(1, options.Replicas);
        var deadline = DateTime.UtcNow.AddMinutes(minutes);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app host exited with {process.ExitCode} before it was ready.");
            }

            var ready = await Task.WhenAll(options.ServiceUrls.Select(async url =>
            {
                try
                {
                    using var response = await http.GetAsync(url + "/health/ready", ct);
                    return response.IsSuccessStatusCode;
                }
                catch (HttpRequestException)
                {
                    return false;
                }
                catch (TaskCanceledException) when (!ct.IsCancellationRequested)
                {
                    return false;
                }
            }));
            if (ready.All(r => r))
            {
                return;
            }

            await Task.Delay(TimeSpan.FromSeconds(1), ct);
        }

        throw new TimeoutException($"The services were not ready within {minutes} minutes.");
    }

    [GeneratedRegex(@"\s(?<name>[a-z]+(-\d+)?)\s+(?<url>http://[0-9a-z.]+:\d+)/scalar\s*$")]
    private static partial Regex SummaryService();

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Ecommerce.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmark from inside the repository (Ecommerce.sln not found).");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])?.WaitForExit();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // PostgreSQL may still be removing its last files; the folder is in the temp directory.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
