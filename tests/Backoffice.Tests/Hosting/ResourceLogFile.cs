using Microsoft.Extensions.Logging;

namespace Ecommerce.Backoffice.Tests.Hosting;

/// <summary>
/// What the app host's resources print (the back office, the services, the identity server), one file for the run,
/// beside the screenshots: TestResults/screenshots/../app-host.log. A failed browser test often needs the server's side.
/// </summary>
internal sealed class ResourceLogFile : ILoggerProvider
{
    private readonly StreamWriter _writer;
    private readonly Lock _lock = new();

    public ResourceLogFile()
    {
        var folder = Path.GetDirectoryName(Screenshots.Folder.TrimEnd(Path.DirectorySeparatorChar))!;
        Directory.CreateDirectory(folder);
        FilePath = Path.Combine(folder, "app-host.log");
        _writer = new StreamWriter(FilePath, append: false) { AutoFlush = true };
    }

    public string FilePath { get; }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
        lock (_lock)
        {
            _writer.Dispose();
        }
    }

    private void Write(string category, string message)
    {
        lock (_lock)
        {
            _writer.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} {category[(category.LastIndexOf('.') + 1)..]}: {message}");
        }
    }

    private sealed class Logger(ResourceLogFile file, string category) : ILogger
    {
        // Aspire names a resource's console "<app host>.Resources.<resource>".
        private readonly bool _resource = category.Contains(".Resources.", StringComparison.Ordinal);

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => _resource;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (_resource)
            {
                file.Write(category, formatter(state, exception));
            }
        }
    }
}
