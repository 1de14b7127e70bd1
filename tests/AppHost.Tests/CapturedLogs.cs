using Microsoft.Extensions.Logging;

namespace Ecommerce.AppHost.Tests;

/// <summary>Keeps what the app host logs (what its console would show), so a test can wait for a message.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly Observed<CapturedLog> _logs = new();

    public ILogger CreateLogger(string categoryName) => new CapturedLogger(this, categoryName);

    /// <summary>The first message of a category with that event id, once it is logged.</summary>
    public async Task<string> WaitForAsync(string category, int eventId, CancellationToken ct) =>
        (await _logs.WaitForAsync(log => log.Category == category && log.EventId == eventId, ct)).Message;

    public void Dispose()
    {
    }

    internal void Add(CapturedLog log) => _logs.Add(log);
}
