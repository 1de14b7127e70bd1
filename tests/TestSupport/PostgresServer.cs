using Npgsql;

namespace Ecommerce.TestSupport;

/// <summary>
/// A real PostgreSQL server for one test run: initdb into a temporary folder, listening on a free loopback port,
/// deleted on dispose. As root the server runs as the 'postgres' user, since PostgreSQL refuses to run as root.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string ServiceUser = "postgres";
    private readonly string _root;
    private readonly string? _runAs;
    private bool _running;

    private PostgresServer(string root, int port, string? runAs)
    {
        _root = root;
        Port = port;
        _runAs = runAs;
    }

    public int Port { get; }

    /// <summary>The server's data folder; deleted on dispose.</summary>
    public string DataDir => Path.Combine(_root, "data");

    private string SocketDir => Path.Combine(_root, "sock");

    public static async Task<PostgresServer> StartAsync(CancellationToken ct = default)
    {
        var root = Directory.CreateTempSubdirectory("ecommerce-pg-").FullName;
        var runAs = Environment.UserName == "root" ? ServiceUser : null;
        var server = new PostgresServer(root, FreePort.Next(), runAs);
        try
        {
            Directory.CreateDirectory(server.SocketDir);
            if (runAs is not null)
            {
                await ProcessRunner.RunAsync("chown", ["-R", $"{ServiceUser}:", root], asUser: null, ct);
            }

            await ProcessRunner.RunAsync(PostgresBinaries.Find("initdb"),
                ["-D", server.DataDir, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"], runAs, ct);
            await server.StartAgainAsync(ct);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = "postgres",
        Database = database,
        Pooling = true,
    }.ConnectionString;

    /// <summary>Creates the database if it is missing and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string name, CancellationToken ct = default)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.AddWithValue(name);
        if (await exists.ExecuteScalarAsync(ct) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"")}\"", connection);
            await create.ExecuteNonQueryAsync(ct);
        }

        return ConnectionString(name);
    }

    /// <summary>Stops the server fast, keeping its data, as a crash or an operator would.</summary>
    public async Task StopAsync(CancellationToken ct = default)
    {
        if (!_running)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await ProcessRunner.RunAsync(PostgresBinaries.Find("pg_ctl"), ["-D", DataDir, "-m", "fast", "-w", "stop"], _runAs, ct);
        _running = false;
    }

    /// <summary>Starts the server again on the same data and port.</summary>
    public async Task StartAgainAsync(CancellationToken ct = default)
    {
        var options = $"-p {Port} -k {SocketDir} -c listen_addresses=127.0.0.1 -c fsync=off " +
                      "-c synchronous_commit=off -c full_page_writes=off -c max_connections=300";
        await ProcessRunner.RunAsync(PostgresBinaries.Find("pg_ctl"),
            ["-D", DataDir, "-l", Path.Combine(_root, "postgres.log"), "-o", options, "-w", "-t", "60", "start"], _runAs, ct);
        _running = true;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            Directory.Delete(_root, recursive: true);
        }
    }
}
