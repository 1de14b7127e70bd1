using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Ecommerce.AppHost;

/// <summary>
/// The last lines each resource wrote, so a resource that dies can be reported with its own words. Following a
/// resource's log is also what makes the orchestrator stream it at all when no dashboard is open.
/// </summary>
public sealed partial class ResourceLogTail(ResourceLoggerService logs)
{
    private const int Kept = 40;
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan MostWait = TimeSpan.FromSeconds(5);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<LogLine>> _tails = new(StringComparer.Ordinal);
    private long _lastLineTicks = Environment.TickCount64;

    /// <summary>Starts following a resource's log the first time it is named.</summary>
    public void Follow(string resourceName, CancellationToken ct)
    {
        var tail = new ConcurrentQueue<LogLine>();
        if (_tails.TryAdd(resourceName, tail))
        {
            _ = KeepAsync(resourceName, tail, ct);
        }
    }

    /// <summary>
    /// The line that says why: an unhandled exception's first line, else the last error line that is not a stack
    /// frame, else the last line.
    /// </summary>
    public async Task<string?> ReasonAsync(string resourceName, CancellationToken ct)
    {
        await SettledAsync(resourceName, ct);
        return Reason(resourceName);
    }

    private string? Reason(string resourceName)
    {
        if (!_tails.TryGetValue(resourceName, out var tail))
        {
            return null;
        }

        var lines = tail.Select(line => (Text: Timestamp().Replace(line.Content, string.Empty).Trim(), IsError: line.IsErrorMessage)).ToArray();
        return lines.Where(line => line.Text.StartsWith("Unhandled exception.", StringComparison.Ordinal)).Select(line => line.Text).LastOrDefault()
            ?? lines.Where(line => line.IsError && IsStatement(line.Text)).Select(line => line.Text).LastOrDefault()
            ?? lines.Select(line => line.Text).LastOrDefault();
    }

    /// <summary>
    /// A process's last words reach the log stream a moment after its exit is reported: wait until the resource has
    /// written something and the logs have been quiet for a moment (at most a few seconds).
    /// </summary>
    private async Task SettledAsync(string resourceName, CancellationToken ct)
    {
        var deadline = Environment.TickCount64 + (long)MostWait.TotalMilliseconds;
        while ((_tails.GetValueOrDefault(resourceName)?.IsEmpty != false
                || Environment.TickCount64 - Interlocked.Read(ref _lastLineTicks) < Quiet.TotalMilliseconds)
               && Environment.TickCount64 < deadline)
        {
            await Task.Delay(Quiet / 5, ct);
        }
    }

    /// <summary>The orchestrator's timestamp in front of every line.</summary>
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T[0-9:.]+Z\s")]
    private static partial Regex Timestamp();

    /// <summary>Not a stack frame ("at ...") nor an exception's separator line ("--- End of ...").</summary>
    private static bool IsStatement(string text) =>
        text.Length > 0 && !text.StartsWith("at ", StringComparison.Ordinal) && !text.StartsWith("---", StringComparison.Ordinal);

    private async Task KeepAsync(string resourceName, ConcurrentQueue<LogLine> tail, CancellationToken ct)
    {
        try
        {
            await foreach (var batch in logs.WatchAsync(resourceName).WithCancellation(ct))
            {
                foreach (var line in batch)
                {
                    tail.Enqueue(line);
                    Interlocked.Exchange(ref _lastLineTicks, Environment.TickCount64);
                    while (tail.Count > Kept && tail.TryDequeue(out _))
                    {
                    }
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The run is stopping.
        }
    }
}
