using System.Net;
using System.Net.Sockets;
using Ecommerce.LocalRun;

namespace Ecommerce.AppHost.Tests;

/// <summary>The run command as a newcomer meets it, in a process of its own: what it prints and what it leaves.</summary>
public sealed class RunCommandTests
{
    /// <summary>Starting <c>dotnet run</c> itself takes a few seconds on a busy machine; the check then takes none.</summary>
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task With_PostgreSQLs_port_taken_it_prints_one_line_naming_it_and_exits_with_code_1()
    {
        using var holder = new TcpListener(IPAddress.Loopback, FreePorts.Next());
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;
        await using var run = RunCommand.Start(settings => settings.PostgresPort = port);
        using var timeout = new CancellationTokenSource(Prompt);

        var exitCode = await run.WaitForExitAsync(timeout.Token);

        Assert.Equal(1, exitCode);
        var line = Assert.Single(run.Output.Split(Environment.NewLine), text => text.StartsWith("Port ", StringComparison.Ordinal));
        Assert.StartsWith(
            $"Port {port} is already in use: postgres (tcp) needs it. Stop whatever listens there, or move ours with --LocalRun:PostgresPort=",
            line);
        Assert.DoesNotContain("   at ", run.Output, StringComparison.Ordinal);
        Assert.Empty(LiveProcesses.Mentioning(run.Settings.DataDirectory));
    }

    [Fact]
    public async Task A_stand_in_that_fails_before_the_shop_is_ready_ends_the_run_with_its_reason()
    {
        // PostgreSQL's script cannot create its data folder under a file: it says why and exits with code 1.
        string? blocker = null;
        await using var run = RunCommand.Start(settings =>
        {
            blocker = Path.Combine(settings.DataDirectory, "a-file");
            File.WriteAllText(blocker, string.Empty);
            settings.DataDirectory = Path.Combine(blocker, "data");
        });
        using var timeout = new CancellationTokenSource(Prompt * 2);

        var exitCode = await run.WaitForExitAsync(timeout.Token);

        Assert.Equal(1, exitCode);
        Assert.Contains("postgres exited with code 1 before the shop was ready, so the run stops: ", run.Output, StringComparison.Ordinal);
        Assert.Contains("Not a directory", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Output, StringComparison.Ordinal);
        Assert.Empty(await LiveProcesses.MentioningAfterAsync(blocker!, TimeSpan.FromSeconds(20)));
    }

    [Fact]
    public async Task Stopped_while_it_starts_it_prints_no_stack_trace_and_leaves_no_process()
    {
        await using var run = RunCommand.Start();
        using var timeout = new CancellationTokenSource(Prompt);
        await run.WaitForLineAsync("Distributed application starting.", timeout.Token);

        run.Terminate();
        await run.WaitForExitAsync(timeout.Token);

        Assert.DoesNotContain("   at ", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Output, StringComparison.Ordinal);
        Assert.Empty(await LiveProcesses.MentioningAfterAsync(run.Settings.DataDirectory, TimeSpan.FromSeconds(20)));
    }
}
