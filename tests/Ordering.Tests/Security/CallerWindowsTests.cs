using Ecommerce.ServiceDefaults.Http;

namespace Ecommerce.Ordering.Tests.Security;

public sealed class CallerWindowsTests
{
    private static readonly RateLimitSettings TwoAMinute = new() { PermitLimit = 2, Window = TimeSpan.FromMinutes(1) };

    [Fact]
    public void A_caller_gets_the_permits_of_a_window_then_waits_for_the_next()
    {
        var clock = new ManualClock();
        var windows = new CallerWindows(TwoAMinute, clock);

        Assert.True(windows.TryTake("hasty", out _));
        clock.Advance(TimeSpan.FromSeconds(20));
        Assert.True(windows.TryTake("hasty", out _));
        Assert.False(windows.TryTake("hasty", out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(40), retryAfter);

        clock.Advance(TimeSpan.FromSeconds(40));
        Assert.True(windows.TryTake("hasty", out _));
    }

    [Fact]
    public void Callers_do_not_share_a_window()
    {
        var windows = new CallerWindows(TwoAMinute, new ManualClock());

        Assert.True(windows.TryTake("hasty", out _));
        Assert.True(windows.TryTake("hasty", out _));
        Assert.False(windows.TryTake("hasty", out _));
        Assert.True(windows.TryTake("patient", out _));
    }

    [Fact]
    public void A_permit_given_back_can_be_taken_again_in_the_same_window()
    {
        var windows = new CallerWindows(TwoAMinute, new ManualClock());
        windows.TryTake("refused-by-admission", out _);
        windows.TryTake("refused-by-admission", out _);

        windows.GiveBack("refused-by-admission");

        Assert.True(windows.TryTake("refused-by-admission", out _));
        Assert.False(windows.TryTake("refused-by-admission", out _));
    }

    [Fact]
    public void Callers_idle_for_two_windows_are_forgotten()
    {
        var clock = new ManualClock();
        var windows = new CallerWindows(TwoAMinute, clock);
        windows.TryTake("once", out _);
        clock.Advance(TimeSpan.FromMinutes(1));
        windows.TryTake("recent", out _);

        clock.Advance(TimeSpan.FromMinutes(1.5));
        windows.TryTake("now", out _);

        Assert.Equal(2, windows.Callers);
    }

    [Fact]
    public async Task Concurrent_callers_get_exactly_their_permits()
    {
        var windows = new CallerWindows(new RateLimitSettings { PermitLimit = 100, Window = TimeSpan.FromHours(1) }, new ManualClock());
        var callers = Enumerable.Range(0, 8).Select(i => $"caller-{i}").ToList();

        var granted = await Task.WhenAll(callers.Select(caller => Task.Run(() =>
            Enumerable.Range(0, 1000).Count(attempt => windows.TryTake(caller, out _)))));

        Assert.All(granted, count => Assert.Equal(100, count));
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
