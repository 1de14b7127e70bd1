using Npgsql;

namespace Ecommerce.LocalSidecar.Workflow.Tests.Infrastructure;

/// <summary>
/// One backend's own login to the test database. <see cref="SeverAsync"/> forbids the login and ends its sessions, so
/// the backend can neither give its leases back nor renew them: to the database it is as gone as a process killed
/// with SIGKILL.
/// </summary>
public sealed class DatabaseLink
{
    private readonly string _adminConnectionString;
    private readonly string _role;

    private DatabaseLink(string adminConnectionString, string role, string connectionString)
    {
        _adminConnectionString = adminConnectionString;
        _role = role;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<DatabaseLink> CreateAsync(string adminConnectionString)
    {
        var role = $"backend_{Guid.NewGuid():N}";
        await ExecuteAsync(adminConnectionString, $"CREATE ROLE {role} LOGIN SUPERUSER");
        var connectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Username = role }.ConnectionString;
        return new DatabaseLink(adminConnectionString, role, connectionString);
    }

    public Task SeverAsync() => ExecuteAsync(_adminConnectionString,
        $"ALTER ROLE {_role} NOLOGIN; SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{_role}'");

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
