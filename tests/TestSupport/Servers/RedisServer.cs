using Xunit;

namespace Ecommerce.TestSupport.Servers;

/// <summary>Debian's redis-server on a free port in a temporary folder, nothing persisted; stopped and removed on dispose.</summary>
public sealed class RedisServer : IAsyncLifetime
{
    private ChildProcess? _process;
    private string? _folder;

    public int Port { get; private set; }

    public string Host => $"127.0.0.1:{Port}";

    public async Task InitializeAsync()
    {
        _folder = Directory.CreateTempSubdirectory("redis-").FullName;
        Port = FreePort.Next();
        var server = File.Exists("/usr/bin/redis-server") ? "/usr/bin/redis-server"
            : throw new InvalidOperationException("redis-server is not installed (apt-get install redis-server)");
        _process = await ChildProcess.StartAsync(
            server,
            ["--port", Port.ToString(), "--bind", "127.0.0.1", "--dir", _folder, "--save", "", "--appendonly", "no", "--daemonize", "no"],
            new Dictionary<string, string>(),
            "Ready to accept connections",
            _folder);
    }

    public async Task DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }

        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

