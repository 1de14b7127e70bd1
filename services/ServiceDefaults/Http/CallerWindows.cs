using System.Collections.Concurrent;

namespace Ecommerce.ServiceDefaults.Http;

/// <summary>
/// One fixed window of <see cref="RateLimitSettings.PermitLimit"/> permits per caller, each behind its own lock, none
/// shared: callers never wait for each other. Windows idle for two window lengths are forgotten, swept at most once a
/// window, so the table holds only recent callers.
/// </summary>
public sealed class CallerWindows(RateLimitSettings settings, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private long _nextSweepTicks;

    /// <summary>Takes one permit of the caller's current window; when none is left, how long until the next window.</summary>
    public bool TryTake(string caller, out TimeSpan retryAfter)
    {
        var now = time.GetUtcNow().UtcTicks;
        SweepIfDue(now);
        var window = _windows.GetOrAdd(caller, static _ => new Window());
        lock (window)
        {
            if (now - window.StartTicks >= settings.Window.Ticks)
            {
                window.StartTicks = now;
                window.Count = 0;
            }

            if (window.Count < settings.PermitLimit)
            {
                window.Count++;
                retryAfter = TimeSpan.Zero;
                return true;
            }

            retryAfter = TimeSpan.FromTicks(window.StartTicks + settings.Window.Ticks - now);
            return false;
        }
    }

    /// <summary>
    /// Gives back a permit the caller took (the request it admitted placed nothing). If the window turned meanwhile,
    /// the new one gets it: one permit more at most.
    /// </summary>
    public void GiveBack(string caller)
    {
        if (_windows.TryGetValue(caller, out var window))
        {
            lock (window)
            {
                window.Count = Math.Max(0, window.Count - 1);
            }
        }
    }

    public int Callers => _windows.Count;

    /// <remarks>
    /// A request that took its caller's window just before the sweep removed it counts in the removed window: that
    /// caller (idle for two windows until then) may get one permit more. Nothing else is lost.
    /// </remarks>
    private void SweepIfDue(long now)
    {
        var due = Interlocked.Read(ref _nextSweepTicks);
        if (now < due || Interlocked.CompareExchange(ref _nextSweepTicks, now + settings.Window.Ticks, due) != due)
        {
            return;
        }

        foreach (var entry in _windows)
        {
            if (now - Volatile.Read(ref entry.Value.StartTicks) >= 2 * settings.Window.Ticks)
            {
                _windows.TryRemove(entry);
            }
        }
    }

    private sealed class Window
    {
        public long StartTicks = long.MinValue / 2;
        public int Count;
    }
}
