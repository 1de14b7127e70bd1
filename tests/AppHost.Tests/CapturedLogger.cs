using Microsoft.Extensions.Logging;

namespace Ecommerce.AppHost.Tests;

/// <summary>One category's logger of <see cref="CapturedLogs"/>.</summary>
internal sealed class CapturedLogger(CapturedLogs logs, string category) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        logs.Add(new CapturedLog(category, eventId.Id, formatter(state, exception)));
}
