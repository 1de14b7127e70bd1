using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Ecommerce.LocalSidecar.Tests.Infrastructure;

/// <summary>Keeps the sidecar's log messages so a test can wait for the one that says something happened.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _messages = new();

    public int Count(string fragment) => _messages.Count(m => m.Contains(fragment, StringComparison.Ordinal));

    public Task WaitForAsync(string fragment, TimeSpan timeout) =>
        Eventually.HoldsAsync(() => Count(fragment) > 0, timeout, $"a sidecar log message containing '{fragment}'");

    public ILogger CreateLogger(string categoryName) => new Logger(_messages);

    public void Dispose()
    {
    }

    private sealed class Logger(ConcurrentQueue<string> messages) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            messages.Enqueue(formatter(state, exception));
    }
}
