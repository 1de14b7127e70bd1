using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Ecommerce.LocalRun;

namespace Ecommerce.AppHost.Tests;

public sealed class PortConflictTests
{
    /// <summary>"Within seconds": the check runs before anything starts, so it never waits on a resource.</summary>
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(10);

    public static TheoryData<string> Kinds => ["PostgreSQL", "Kafka", "SMTP", "service"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Starting_with_a_port_taken_fails_within_seconds_naming_the_port_its_owner_and_the_setting(string kind)
    {
        var taken = PortTaken.Of(kind);
        using var holder = Hold(taken.Port);
        await using var run = await LocalAppHost.BuildAsync(AppHostStart.Options(taken.StartsServices) with { Settings = taken.Apply });

        var clock = Stopwatch.StartNew();
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => run.App.StartAsync());
        clock.Stop();

        var message = Messages(failure);
        Assert.Contains($"Port {taken.Port} is already in use: {taken.Owner} needs it.", message, StringComparison.Ordinal);
        Assert.Contains(taken.Setting, message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < Prompt, $"The run failed only after {clock.Elapsed}.");
    }

    /// <summary>Listens on the port; null when something else already does (it is taken either way).</summary>
    private static TcpListener? Hold(int port)
    {
        if (!FreePorts.IsFree(port))
        {
            return null;
        }

        var listener = new TcpListener(IPAddress.Loopback, port);
        listener.Start();
        return listener;
    }

    private static string Messages(Exception exception) =>
        exception is AggregateException aggregate
            ? string.Join(Environment.NewLine, aggregate.InnerExceptions.Select(Messages))
            : exception.Message + (exception.InnerException is { } inner ? Environment.NewLine + Messages(inner) : string.Empty);
}
