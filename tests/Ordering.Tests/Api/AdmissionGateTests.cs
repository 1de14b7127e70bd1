using Ecommerce.Ordering.Admission;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Ecommerce.Ordering.Tests.Api;

/// <summary>
/// The bound on placements in progress, which the queue in the database cannot show, and the rule that reads the
/// queue (unit: no database is read).
/// </summary>
public sealed class AdmissionGateTests
{
    [Fact]
    public async Task At_most_MaxPlacing_placements_are_in_progress_at_once_and_a_finished_one_frees_its_place()
    {
        await using var unused = NpgsqlDataSource.Create("Host=unused.invalid");
        var gate = new AdmissionGate(unused, Options.Create(new AdmissionOptions { MaxPlacing = 2 }), Options.Create(new OrderingOptions()), TimeProvider.System);

        Assert.True(gate.TryStartPlacing());
        Assert.True(gate.TryStartPlacing());
        Assert.False(gate.TryStartPlacing());
        Assert.False(gate.TryStartPlacing());

        gate.DonePlacing();
        Assert.True(gate.TryStartPlacing());
        Assert.False(gate.TryStartPlacing());
    }

    [Fact]
    public async Task Concurrent_placements_never_exceed_MaxPlacing()
    {
        await using var unused = NpgsqlDataSource.Create("Host=unused.invalid");
        var gate = new AdmissionGate(unused, Options.Create(new AdmissionOptions { MaxPlacing = 4 }), Options.Create(new OrderingOptions()), TimeProvider.System);
        var inProgress = 0;
        var most = 0;

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 10_000; i++)
            {
                if (!gate.TryStartPlacing())
                {
                    continue;
                }

                var now = Interlocked.Increment(ref inProgress);
                InterlockedMax(ref most, now);
                Interlocked.Decrement(ref inProgress);
                gate.DonePlacing();
            }
        })));

        Assert.InRange(most, 1, 4);
    }

    [Theory]
    [InlineData(0, 0.0, 0.0, false)]      // an idle shop
    [InlineData(3, 0.0, 0.2, false)]      // a quiet shop, then three customers at once: the rate is too rough to refuse on
    [InlineData(300, 6.0, 35.0, false)]   // a queue the pipeline drains in 8.6 s
    [InlineData(400, 6.0, 35.0, true)]    // 11.4 s of queue: refused
    [InlineData(400, 12.0, 45.0, false)]  // the oldest still waits, but the queue is short again: the door reopens
    [InlineData(20, 11.0, 0.0, true)]     // nothing answered lately: the oldest order's wait decides
    [InlineData(20, 4.0, 0.0, false)]
    public void A_new_order_is_refused_when_it_would_wait_longer_than_the_limit(int count, double oldestSeconds, double answeredPerSecond, bool refused)
    {
        var waiting = new WaitingOrders(count, TimeSpan.FromSeconds(oldestSeconds), answeredPerSecond);

        Assert.Equal(refused, waiting.WaitLongerThan(TimeSpan.FromSeconds(10)));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var seen = Volatile.Read(ref target);
        while (value > seen && Interlocked.CompareExchange(ref target, value, seen) is var previous && previous != seen)
        {
            seen = previous;
        }
    }
}
